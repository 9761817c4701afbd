-- Parents and pupil at the table (#20). Family members log in with an account of role OUDER or LEERLING in
-- staff_account, so the login form, the password policy, the throttle and single sign-on serve them as they serve
-- staff; what ties such an account to a child is family_link, never a school or a region.

-- An invitation and, once accepted, the link of a family member to a child. The one-time link's token is stored only
-- as its SHA-256; expires_at bounds it. Withdrawing ends the invitation or the access it gave.
create table family_link (
    id                 bigserial    primary key,
    pupil_id           bigint       not null references pupil (id),
    kind               varchar(6)   not null check (kind in ('PARENT', 'PUPIL')),
    name               varchar(200) not null,
    email              varchar(254),
    parental_authority boolean      not null,
    username           varchar(64)  references staff_account (username),
    token_hash         varchar(64)  unique,
    expires_at         timestamptz  not null,
    invited_by         varchar(64)  not null references staff_account (username),
    invited_at         timestamptz  not null,
    accepted_at        timestamptz,
    withdrawn_at       timestamptz,
    withdrawn_by       varchar(64),
    -- a pupil has no authority over themselves; an accepted link names its account
    check (kind = 'PARENT' or not parental_authority),
    check (accepted_at is null or username is not null)
);
create index family_link_pupil on family_link (pupil_id);
create index family_link_user on family_link (username) where withdrawn_at is null;
create unique index family_link_one_per_child on family_link (pupil_id, username)
    where withdrawn_at is null and username is not null;

-- A pupil of 16 or older decides what their parents see beyond the attendance facts (WGBO ages). No row: all of it.
create table family_pupil_choice (
    pupil_id    bigint       primary key references pupil (id),
    parents_see varchar(100) not null,
    decided_by  varchar(64)  not null references staff_account (username),
    decided_at  timestamptz  not null
);

-- What the route asks of the family: their view before an evaluation, a casusoverleg or a chain review, or their
-- agreement to the plan's action part. source_key makes a redelivered job ask once. Not answering never blocks.
create table family_request (
    id         bigserial    primary key,
    case_id    bigint       not null references pupil_case (id),
    kind       varchar(10)  not null check (kind in ('VIEW', 'AGREEMENT')),
    occasion   varchar(14)  not null check (occasion in ('EVALUATION', 'CASUSOVERLEG', 'CHAIN_REVIEW', 'PLAN')),
    due_on     date,
    source_key varchar(120) not null unique,
    created_at timestamptz  not null
);
create index family_request_case on family_request (case_id, created_at);

-- The family's view ("stem van leerling / ouders"): what goes well, what is hard, what they want.
create table family_view (
    id          bigserial    primary key,
    case_id     bigint       not null references pupil_case (id),
    request_id  bigint       references family_request (id),
    username    varchar(64)  not null references staff_account (username),
    author_kind varchar(6)   not null check (author_kind in ('PARENT', 'PUPIL')),
    author_name varchar(200) not null,
    goes_well   text         not null,
    hard        text         not null,
    wishes      text         not null,
    given_at    timestamptz  not null
);
create index family_view_case on family_view (case_id, given_at);

-- Agreement to the plan's action part (goals and interventions), digitally: agreed, or not with a reason. The digest
-- is of the action part as it was shown; a material change makes a new digest, so the family is asked again.
create table plan_agreement (
    id          bigserial    primary key,
    plan_id     bigint       not null references support_plan (id),
    case_id     bigint       not null references pupil_case (id),
    username    varchar(64)  not null references staff_account (username),
    author_name varchar(200) not null,
    plan_digest varchar(64)  not null,
    agreed      boolean      not null,
    reason      text,
    at_utc      timestamptz  not null,
    check (agreed or reason is not null)
);
create index plan_agreement_plan on plan_agreement (plan_id, username, at_utc);

-- The school decides whether the family's access log names staff or only their role and organisation.
alter table school add column family_sees_staff_names boolean not null default false;

-- How the family reaches the regievoerder (a phone number or e-mail address the staff member chose to give).
alter table staff_account add column contact varchar(200);
