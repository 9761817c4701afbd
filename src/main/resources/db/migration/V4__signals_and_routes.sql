-- Several routes per case (empty chair, M@ZL, DUO report, band change), each its own process instance.
alter table workflow_instance drop constraint workflow_instance_pkey;
alter table workflow_instance add column id bigserial primary key;
alter table workflow_instance add column route_key varchar(160);
update workflow_instance set route_key = process_id || ':' || case_id;
alter table workflow_instance alter column route_key set not null;
create unique index workflow_instance_route_key on workflow_instance (route_key);
create index workflow_instance_case on workflow_instance (case_id);

-- A task belongs to one route; after a restart its recreated job finds it by route and step.
alter table case_task add column workflow_instance_id bigint references workflow_instance (id);
update case_task t set workflow_instance_id = (select w.id from workflow_instance w where w.case_id = t.case_id);
drop index case_task_one_open_per_element;
create unique index case_task_one_open_per_step on case_task (workflow_instance_id, element_id) where state = 'OPEN';

-- Signals raised by the attendance figures; the unique facts make a signal raise once.
create table signal (
    id          bigserial primary key,
    school_id   bigint      not null references school (id),
    pupil_id    bigint      not null references pupil (id),
    type        varchar(20) not null,
    start_date  date        not null,
    end_date    date        not null,
    detail      varchar(300),
    created_at  timestamptz not null,
    unique (pupil_id, type, start_date, end_date)
);
create index signal_school_type on signal (school_id, type, end_date);

-- The leerplichtambtenaar and jeugdarts who serve a school: they join a case when its signal is theirs.
create table school_partner (
    school_id bigint      not null references school (id),
    username  varchar(64) not null references staff_account (username),
    role      varchar(20) not null,
    primary key (school_id, username)
);

-- The band a pupil was last seen in, so a change into orange or red is signalled once.
create table pupil_band (
    pupil_id   bigint        primary key references pupil (id),
    band       varchar(10)   not null,
    pct        numeric(5, 1) not null,
    changed_on date          not null
);

-- Data-quality findings per school: a class without any absence, lateness registered as a half day, days without registrations.
create table data_quality_issue (
    id         bigserial primary key,
    school_id  bigint       not null references school (id),
    kind       varchar(40)  not null,
    subject    varchar(100) not null,
    issue_date date,
    detail     varchar(300),
    found_at   timestamptz  not null
);
create unique index data_quality_issue_once on data_quality_issue (school_id, kind, subject, coalesce(issue_date, date '1900-01-01'));
