-- Exemptions (vrijstelling, Leerplichtwet art. 5 sub a): the parents' notice, the designated doctor's statement, the
-- outcome and its period, DUO's register date, the panel's reviews. The route of an exemption need not belong to a
-- case (many exempted pupils have none), so a route may run without one.
alter table workflow_instance alter column case_id drop not null;

create table exemption (
    id                  bigserial    primary key,
    pupil_id            bigint       not null references pupil (id),
    school_id           bigint       not null references school (id),
    notice_date         date         not null,
    given_by            varchar(200) not null,
    leerplicht          varchar(64)  not null references staff_account (username),
    statement_writer    varchar(64)  references staff_account (username),
    doctor_name         varchar(200),
    doctor_designated   boolean,
    statement_date      date,
    education_possible  text,
    never_able          boolean      not null default false,
    outcome             varchar(12)  not null default 'PENDING',
    period_kind         varchar(12),
    valid_from          date,
    valid_to            date,
    duo_registered_on   date,
    decided_by          varchar(64),
    registered_at       timestamptz  not null
);
create index exemption_school on exemption (school_id);
create index exemption_pupil on exemption (pupil_id);

-- The medical part of the statement, apart from the rest: only jeugdartsen read it.
create table exemption_medical (
    exemption_id  bigint       primary key references exemption (id),
    grounds       text         not null,
    written_by    varchar(64)  not null,
    written_at    timestamptz  not null
);

-- The panel's review (leerplicht, SWV PO, SWV VO, jeugdartsen), twice a year per exemption.
create table exemption_review (
    id            bigserial    primary key,
    exemption_id  bigint       not null references exemption (id),
    reviewed_on   date         not null,
    conclusion    text         not null,
    recorded_by   varchar(64)  not null,
    recorded_at   timestamptz  not null
);
create index exemption_review_exemption on exemption_review (exemption_id, reviewed_on);

-- The human tasks of an exemption's route, one per engine job (the inbox shows them beside the case tasks).
create table exemption_task (
    id            bigserial    primary key,
    exemption_id  bigint       not null references exemption (id),
    route_id      bigint       not null references workflow_instance (id),
    element_id    varchar(80)  not null,
    form          varchar(40)  not null,
    title_key     varchar(80)  not null,
    assignee      varchar(64)  not null,
    job_key       bigint       not null unique,
    created_at    timestamptz  not null,
    due_at        timestamptz,
    state         varchar(12)  not null,
    completed_by  varchar(64),
    completed_at  timestamptz
);
create index exemption_task_assignee on exemption_task (assignee, state);
