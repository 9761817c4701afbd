-- A school year per pupil in one row, so that every pupil's band and a region's pyramid read ~one row per pupil
-- (40,000 for a region) instead of a row per pupil and month or day. Kept by AttendanceAggregates in the import's
-- transaction, like attendance_day and attendance_month.

-- The school year (its start year) a date belongs to: 1 August starts a new one (as Period.schoolYearOf).
create function school_year_of(d date) returns integer language sql immutable as
$$ select case when extract(month from d) >= 8 then extract(year from d)::integer else extract(year from d)::integer - 1 end $$;

-- The first day with registrations of a school in a school year: its first month (the best predictor of later
-- absence) is the four weeks from that day. Summer holidays end on different dates per region, so each school's own.
create table school_year_start (
    school_id  bigint  not null references school (id),
    start_year integer not null,
    first_day  date    not null,
    primary key (school_id, start_year)
);

-- Minutes of a pupil at a school in a school year (the sum of attendance_month), and in that school's first month
-- (the sum of attendance_day from first_day to first_day + 27; null when the pupil had no lessons in it).
-- Keyed by school as the other aggregates are: a pupil who changed schools has a row per school.
create table attendance_year (
    pupil_id                  bigint  not null references pupil (id),
    start_year                integer not null,
    school_id                 bigint  not null references school (id),
    scheduled_min             bigint  not null,
    present_min               bigint  not null,
    first_month_scheduled_min bigint,
    first_month_present_min   bigint,
    primary key (pupil_id, start_year, school_id)
);
create index attendance_year_school on attendance_year (school_id, start_year);

-- Registrations written before this migration.
insert into school_year_start (school_id, start_year, first_day)
select school_id, school_year_of(lesson_date), min(lesson_date) from attendance_day group by 1, 2;

insert into attendance_year (pupil_id, start_year, school_id, scheduled_min, present_min)
select pupil_id, school_year_of(month_start), school_id, sum(scheduled_min), sum(present_min)
from attendance_month group by 1, 2, 3;

update attendance_year y set first_month_scheduled_min = d.scheduled, first_month_present_min = d.present
from (select ad.pupil_id, ad.school_id, f.start_year, sum(ad.scheduled_min) as scheduled, sum(ad.present_min) as present
      from school_year_start f
      join attendance_day ad on ad.school_id = f.school_id and ad.lesson_date between f.first_day and f.first_day + 27
      group by 1, 2, 3) d
where y.pupil_id = d.pupil_id and y.school_id = d.school_id and y.start_year = d.start_year;
