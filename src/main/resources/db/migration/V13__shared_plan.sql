-- One shared plan: participants with role and organisation, people without an account, parents' consent to share,
-- and the partners' contributions (notes, agreements, their part of the plan).

-- Partners with an account. added_at is the moment from which a partner sees the case (need to know: nothing from
-- before they joined); removed_at ends their access (consent withdrawn); invitations numbers their routes.
alter table case_participant add column organisation varchar(200);
alter table case_participant add column invited_by   varchar(64) references staff_account (username);
alter table case_participant add column invited_at   timestamptz;
alter table case_participant add column removed_at   timestamptz;
alter table case_participant add column invitations  int not null default 0;
create index case_participant_user on case_participant (username) where removed_at is null;

-- Participants without an account: parents, the pupil, a care provider, a youth and family coach without a login.
create table case_contact (
    id           bigserial    primary key,
    case_id      bigint       not null references pupil_case (id),
    name         varchar(200) not null,
    role         varchar(20)  not null,
    organisation varchar(200),
    contact_note varchar(500),
    added_by     varchar(64)  not null,
    added_at     timestamptz  not null,
    removed_at   timestamptz
);
create index case_contact_case on case_contact (case_id);

-- Parents' consent to share the case with partners outside the school: given on a date, by whom, for which partner
-- roles (scope); withdrawn on a date. The newest row of a case is the consent in force.
create table sharing_consent (
    id             bigserial    primary key,
    case_id        bigint       not null references pupil_case (id),
    given_on       date         not null,
    given_by       varchar(200) not null,
    scope          varchar(200) not null,
    note           varchar(500),
    recorded_by    varchar(64)  not null,
    recorded_at    timestamptz  not null,
    withdrawn_on   date,
    withdrawn_by   varchar(200),
    withdrawn_note varchar(500),
    withdrawn_recorded_by varchar(64),
    withdrawn_at   timestamptz,
    check (withdrawn_on is null or withdrawn_on >= given_on)
);
create index sharing_consent_case on sharing_consent (case_id, id);

-- What partners and school staff add to the shared plan. Medical notes are not here: they stay in medical_note.
create table partner_contribution (
    id          bigserial    primary key,
    case_id     bigint       not null references pupil_case (id),
    author      varchar(64)  not null references staff_account (username),
    author_role varchar(20)  not null,
    kind        varchar(12)  not null check (kind in ('NOTE', 'AGREEMENT', 'PLAN_PART')),
    text        text         not null,
    written_at  timestamptz  not null,
    task_id     bigint       references case_task (id)
);
create index partner_contribution_case on partner_contribution (case_id, written_at);
