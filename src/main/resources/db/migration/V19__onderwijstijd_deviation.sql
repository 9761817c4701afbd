-- Approved timetables (owned by attendance): within an approved onderwijstijd deviation only the lesson time inside
-- the approved windows counts as scheduled. Written by the legal module through attendance's ApprovedTimetables;
-- the figures (attendance_day and the rollups) are rebuilt from them, also by every later import.
create table approved_timetable (
    id         bigserial   primary key,
    pupil_id   bigint      not null references pupil (id),
    source_key varchar(80) not null unique,
    valid_from date        not null,
    valid_to   date        not null,
    check (valid_to >= valid_from)
);
create index approved_timetable_pupil on approved_timetable (pupil_id, valid_from);

-- The windows per ISO weekday (1 = Monday); a weekday without rows has no approved hours.
create table approved_timetable_window (
    timetable_id bigint   not null references approved_timetable (id) on delete cascade,
    weekday      smallint not null check (weekday between 1 and 7),
    start_time   time     not null,
    end_time     time     not null,
    check (end_time > start_time)
);
create index approved_timetable_window_of on approved_timetable_window (timetable_id);

-- The legal dossier (owned by legal): a request to the Inspectie to deviate from the onderwijstijd (category D).
create table deviation_request (
    id                      bigserial    primary key,
    pupil_id                bigint       not null references pupil (id),
    school_id               bigint       not null references school (id),
    case_id                 bigint       references pupil_case (id),
    status                  varchar(12)  not null,
    hours_per_week          numeric(4,1) not null,
    valid_from              date         not null,
    valid_to                date         not null,
    windows                 text         not null,
    programme_at_school     text,
    support_away            text,
    grow_back_plan          text,
    handelingsdeel_signed   date,
    parents_consent         boolean      not null default false,
    expert_kind             varchar(20),
    expert_statement_on     date,
    submitted_on            date,
    decided_on              date,
    ended_on                date,
    previous_id             bigint       references deviation_request (id),
    created_by              varchar(64)  not null,
    created_at              timestamptz  not null,
    version                 bigint       not null default 0,
    check (valid_to >= valid_from)
);
create index deviation_request_school on deviation_request (school_id, status);
create index deviation_request_pupil on deviation_request (pupil_id);
