-- First start without demo data: the printed one-time password of the first admin must be changed at the first
-- login (and an admin's reset of a password can ask the same).
alter table staff_account add column must_change_password boolean not null default false;

-- The first month of a school year starts after the summer holiday: from the school's own calendar when it has
-- one, else from its holiday region (null: not known, the latest region's dates are used).
alter table school add column holiday_region varchar(6) check (holiday_region in ('NOORD', 'MIDDEN', 'ZUID'));

-- A school's own holidays and study days are the admin's school_calendar_period (V12).

-- audit screen: filters by user and period over a large table
create index audit_log_user on audit_log (username, at_utc);
