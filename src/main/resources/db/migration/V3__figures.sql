-- Figures: regions (SWV), and day and month aggregates of the registrations that dashboards read
-- instead of the registrations themselves (a region holds tens of millions of registrations).

create table region (
    id   bigserial    primary key,
    name varchar(200) not null unique
);

alter table school add column region_id bigint references region (id);
create index school_region on school (region_id);

-- An SWV consultant or leerplicht officer sees the aggregates of their region; empty = all schools.
alter table staff_account add column region_id bigint references region (id);

-- One row per pupil and school day with registrations, derived from registration by
-- AttendanceAggregates (same transaction as the import). school_id is copied from pupil so a
-- school's days are one index range.
create table attendance_day (
    pupil_id                bigint  not null references pupil (id),
    lesson_date             date    not null,
    school_id               bigint  not null references school (id),
    scheduled_min           integer not null,
    present_min             integer not null,
    authorised_absent_min   integer not null,
    unauthorised_absent_min integer not null,
    late_count              integer not null,
    late_min                integer not null,
    sick                    boolean not null,
    primary key (pupil_id, lesson_date)
);
create index attendance_day_school on attendance_day (school_id, lesson_date);

-- Whole calendar months per pupil, for pyramids over months and school years. Sick reports are not
-- rolled up: an episode can span a month boundary, so they are counted from attendance_day.
create table attendance_month (
    pupil_id                bigint  not null references pupil (id),
    month_start             date    not null,
    school_id               bigint  not null references school (id),
    scheduled_min           bigint  not null,
    present_min             bigint  not null,
    authorised_absent_min   bigint  not null,
    unauthorised_absent_min bigint  not null,
    late_count              integer not null,
    late_min                bigint  not null,
    primary key (pupil_id, month_start)
);
create index attendance_month_school on attendance_month (school_id, month_start);

-- Registrations written before this migration.
insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min, authorised_absent_min,
                            unauthorised_absent_min, late_count, late_min, sick)
select r.pupil_id, r.lesson_date, p.school_id,
       sum(extract(epoch from (r.end_time - r.start_time)) / 60)::int,
       sum(case r.status when 'aanwezig' then extract(epoch from (r.end_time - r.start_time)) / 60
                         when 'te_laat' then extract(epoch from (r.end_time - r.start_time)) / 60 - r.minutes_late
                         else 0 end)::int,
       sum(case when r.status = 'afwezig' and r.reason in ('ziek', 'medisch', 'verlof', 'religieus', 'schorsing')
                then extract(epoch from (r.end_time - r.start_time)) / 60 else 0 end)::int,
       sum(case when r.status = 'afwezig' and r.reason not in ('ziek', 'medisch', 'verlof', 'religieus', 'schorsing')
                then extract(epoch from (r.end_time - r.start_time)) / 60 else 0 end)::int,
       count(*) filter (where r.status = 'te_laat'),
       coalesce(sum(r.minutes_late) filter (where r.status = 'te_laat'), 0),
       bool_or(r.status = 'afwezig' and r.reason = 'ziek')
from registration r join pupil p on p.id = r.pupil_id
group by r.pupil_id, r.lesson_date, p.school_id;

insert into attendance_month (pupil_id, month_start, school_id, scheduled_min, present_min, authorised_absent_min,
                              unauthorised_absent_min, late_count, late_min)
select pupil_id, date_trunc('month', lesson_date)::date, school_id, sum(scheduled_min), sum(present_min),
       sum(authorised_absent_min), sum(unauthorised_absent_min), sum(late_count), sum(late_min)
from attendance_day
group by pupil_id, date_trunc('month', lesson_date)::date, school_id;
