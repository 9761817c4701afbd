-- First start without demo data: the printed one-time password of the first admin must be changed at the first
-- login (and an admin's reset of a password can ask the same).
alter table staff_account add column must_change_password boolean not null default false;

-- The first month of a school year starts after the summer holiday: from the school's own calendar when it has
-- one, else from its holiday region (null: not known, the latest region's dates are used).
alter table school add column holiday_region varchar(6) check (holiday_region in ('NOORD', 'MIDDEN', 'ZUID'));

-- A school's own holidays and other days without lessons (both ends inclusive).
create table school_holiday (
    id        bigserial    primary key,
    school_id bigint       not null references school (id),
    name      varchar(100) not null,
    first_day date         not null,
    last_day  date         not null check (last_day >= first_day)
);
create index school_holiday_school on school_holiday (school_id, first_day);

-- audit screen: filters by user and period over a large table
create index audit_log_user on audit_log (username, at_utc);
