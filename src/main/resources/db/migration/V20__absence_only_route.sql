-- The absence-only route (#11): what pupil administrations really export. A school's code list and bell schedule,
-- a timetable for the scheduled time, and the absences as exported; the registrations are derived from them
-- (every scheduled lesson on a school day without an absence is present) for the periods the exports covered.

-- When an export says only "te laat": this many minutes (presence with a delay, never a half day).
alter table school add column default_minutes_late integer not null default 10
    check (default_minutes_late between 1 and 120);

create table absence_code (
    school_id   bigint       not null references school (id),
    code_key    varchar(20)  not null,              -- upper case: an export may write zb for Zb
    code        varchar(20)  not null,              -- as the school writes it
    status      varchar(10)  not null check (status in ('afwezig', 'te_laat', 'aanwezig', 'geen')),
    reason      varchar(12),
    authorised  boolean,
    description varchar(100) not null default '',
    primary key (school_id, code_key),
    check ((status = 'afwezig') = (reason is not null))
);

-- The bell schedule: lesson hour (a number, or a day part in primary schools) to clock times, per weekday (1 = Monday).
create table lesson_hour (
    school_id  bigint      not null references school (id),
    weekday    smallint    not null check (weekday between 1 and 7),
    hour       varchar(10) not null,
    start_time time        not null,
    end_time   time        not null,
    primary key (school_id, weekday, hour),
    check (end_time > start_time)
);

-- A class's timetable (pupil_id null) or a pupil's own, which replaces the class's on the days it is valid.
create table timetable_entry (
    id         bigserial   primary key,
    school_id  bigint      not null references school (id),
    class_id   bigint      references school_class (id),
    pupil_id   bigint      references pupil (id),
    weekday    smallint    not null check (weekday between 1 and 7),
    hour       varchar(10) not null,
    valid_from date        not null,
    valid_to   date        not null,
    check (valid_to >= valid_from),
    check ((class_id is null) <> (pupil_id is null))
);
create index timetable_entry_class on timetable_entry (class_id) where class_id is not null;
create index timetable_entry_pupil on timetable_entry (pupil_id) where pupil_id is not null;
create index timetable_entry_school on timetable_entry (school_id);

-- The absences as exported, by the school's own code (kept, so a changed code list or timetable can derive again).
create table absence_record (
    pupil_id     bigint      not null references pupil (id),
    lesson_date  date        not null,
    hour         varchar(10) not null,
    code_key     varchar(20) not null,
    minutes_late integer     check (minutes_late > 0),
    primary key (pupil_id, lesson_date, hour)
);

-- The periods absence exports covered, merged: inside them the registrations of pupils with a timetable are derived.
create table absence_coverage (
    school_id bigint not null references school (id),
    first_day date   not null,
    last_day  date   not null,
    primary key (school_id, first_day),
    check (last_day >= first_day)
);

alter table column_mapping drop constraint if exists column_mapping_kind_check;
alter table column_mapping add constraint column_mapping_kind_check
    check (kind in ('PUPILS', 'REGISTRATIONS', 'ABSENCES', 'TIMETABLE'));
