-- Foundation: schools, accounts, pupils, registrations, cases with their timeline, conversations,
-- tasks, workflow instances and the audit log.

create table school (
    id      bigserial primary key,
    brin    varchar(8)   not null unique,
    name    varchar(200) not null,
    sector  varchar(3)   not null
);

create table school_class (
    id        bigserial primary key,
    school_id bigint      not null references school (id),
    name      varchar(40) not null,
    unique (school_id, name)
);

-- Logins. school_id is empty for roles that work across schools (leerplicht, jeugdarts, SWV, admin).
create table staff_account (
    username      varchar(64)  primary key,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    role          varchar(20)  not null,
    school_id     bigint references school (id),
    enabled       boolean      not null default true
);

create table pupil (
    id                  bigserial primary key,
    school_id           bigint       not null references school (id),
    leerling            varchar(20)  not null,
    first_name          varchar(100) not null,
    last_name           varchar(100) not null,
    birth_date          date         not null,
    sector              varchar(3)   not null,
    class_id            bigint references school_class (id),
    mentor              varchar(64),
    start_qualification boolean      not null default false,
    unique (school_id, leerling)
);
create index pupil_mentor on pupil (school_id, mentor);

-- One row per scheduled lesson (VO) or half-day (PO); the natural key makes a re-import a no-op.
create table registration (
    pupil_id     bigint      not null references pupil (id),
    lesson_date  date        not null,
    start_time   time        not null,
    end_time     time        not null,
    status       varchar(10) not null,
    reason       varchar(12),
    minutes_late integer     not null default 0,
    primary key (pupil_id, lesson_date, start_time)
);

create table pupil_case (
    id         bigserial primary key,
    pupil_id   bigint      not null references pupil (id),
    school_id  bigint      not null references school (id),
    status     varchar(10) not null,
    stage      varchar(20) not null,
    opened_at  timestamptz not null,
    closed_at  timestamptz,
    version    bigint      not null default 0
);
-- "1 kind, 1 gezin, 1 plan": at most one open case per pupil
create unique index pupil_case_one_open on pupil_case (pupil_id) where status = 'OPEN';

create table case_participant (
    case_id  bigint      not null references pupil_case (id),
    username varchar(64) not null references staff_account (username),
    role     varchar(20) not null,
    added_at timestamptz not null,
    primary key (case_id, username)
);

-- The dossier's timeline. source_key makes a signal or a redelivered job write once.
create table case_event (
    id          bigserial primary key,
    case_id     bigint      not null references pupil_case (id),
    occurred_at timestamptz not null,
    type        varchar(30) not null,
    actor       varchar(64),
    summary     text        not null,
    source_key  varchar(120) unique
);
create index case_event_case on case_event (case_id, occurred_at);

create table conversation (
    id                 bigserial primary key,
    case_id            bigint       not null references pupil_case (id),
    held_on            date         not null,
    logged_by          varchar(64)  not null,
    logged_at          timestamptz  not null,
    with_pupil         boolean      not null,
    with_parents       boolean      not null,
    other_participants varchar(300),
    topics             varchar(300) not null,
    agreements         text         not null,
    follow_up_date     date,
    outcome            varchar(12)  not null
);

-- Human steps of a case. The database, not the in-process engine, is the record of open tasks.
create table case_task (
    id                   bigserial primary key,
    case_id              bigint       not null references pupil_case (id),
    school_id            bigint       not null references school (id),
    element_id           varchar(80)  not null,
    form                 varchar(30)  not null,
    title_key            varchar(80)  not null,
    candidate_group      varchar(40),
    assignee             varchar(64),
    job_key              bigint unique,
    created_at           timestamptz  not null,
    due_at               timestamptz,
    state                varchar(12)  not null,
    completed_by         varchar(64),
    completed_at         timestamptz,
    version              bigint       not null default 0
);
create unique index case_task_one_open_per_element on case_task (case_id, element_id) where state = 'OPEN';
create index case_task_inbox on case_task (state, school_id);

-- A case's process instance: its variables, and which engine run holds it.
create table workflow_instance (
    case_id      bigint      primary key references pupil_case (id),
    process_id   varchar(80) not null,
    instance_key bigint,
    engine_run   varchar(40),
    variables    text        not null,
    updated_at   timestamptz not null
);

-- Jobs of service tasks already done, so a job delivered twice writes once.
create table processed_job (
    job_key      bigint      primary key,
    processed_at timestamptz not null
);

create table audit_log (
    id        bigserial primary key,
    at_utc    timestamptz  not null,
    username  varchar(64)  not null,
    role      varchar(20),
    pupil_id  bigint,
    action    varchar(60)  not null,
    allowed   boolean      not null,
    detail    varchar(300)
);
create index audit_log_pupil on audit_log (pupil_id, at_utc);
