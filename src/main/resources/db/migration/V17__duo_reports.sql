-- DUO verzuimmeldingen as dossiers: one per signal that starts the duo-melding route; leerplicht's actions on it.
create table duo_report (
    id             bigserial    primary key,
    case_id        bigint       not null references pupil_case (id),
    pupil_id       bigint       not null references pupil (id),
    school_id      bigint       not null references school (id),
    signal_key     varchar(200) not null unique,
    type           varchar(20)  not null,
    start_date     date         not null,
    end_date       date,
    hours          integer      not null default 0,
    lessons        text,
    reason         text,
    school_actions text,
    deadline       date         not null,
    status         varchar(30)  not null,
    reported_on    date,
    duo_reference  varchar(64),
    follow_up_of   bigint       references duo_report (id),
    reminded_at    timestamptz,
    escalated_at   timestamptz,
    created_at     timestamptz  not null,
    closed_at      timestamptz
);
create index duo_report_school_status on duo_report (school_id, status);
create index duo_report_case on duo_report (case_id);

create table duo_action (
    id          bigserial   primary key,
    report_id   bigint      not null references duo_report (id),
    kind        varchar(20) not null,
    happened_on date        not null,
    note        text        not null,
    actor       varchar(64) not null,
    created_at  timestamptz not null
);
create index duo_action_report on duo_action (report_id);

-- Signaal zorgelijk verzuim: each school's own criteria below the 16-hour line (null: that criterion is off).
create table concern_criteria (
    school_id          bigint      primary key references school (id),
    unauthorised_hours integer,
    unauthorised_weeks integer,
    late_times         integer,
    late_weeks         integer,
    updated_by         varchar(64) not null,
    updated_at         timestamptz not null
);
