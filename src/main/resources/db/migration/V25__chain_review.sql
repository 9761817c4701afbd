-- The quarterly tier-3 chain review of a region (ketenoverleg) and the region's thuiszitters registration.

-- The region's settings: on which days of the year the engine prepares a review (month-day, the weeks after the
-- Inspectie's quarterly call), who chairs and who holds the doorzettingsmacht.
create table chain_review_setting (
    region_id            bigint       primary key references region (id),
    review_days          varchar(60)  not null default '01-20,04-20,07-06,10-19',
    chair                varchar(64)  references staff_account (username),
    doorzetting_holder   varchar(64)  references staff_account (username)
);

-- Who is discussed: a pupil of the region's schools or a child enrolled nowhere, under one stable pseudonym per
-- region ("Leerling R-0147") across all its reviews.
create table review_subject (
    id                   bigserial    primary key,
    region_id            bigint       not null references region (id),
    pupil_id             bigint       references pupil (id),
    absolute_absence_id  bigint       references absolute_absence (id),
    pseudonym            varchar(12)  not null,
    check (num_nonnulls(pupil_id, absolute_absence_id) = 1),
    unique (region_id, pseudonym),
    unique (region_id, pupil_id),
    unique (region_id, absolute_absence_id)
);

create table chain_review (
    id                   bigserial    primary key,
    region_id            bigint       not null references region (id),
    quarter              varchar(7)   not null,
    prepared_on          date         not null,
    prepared_at          timestamptz  not null,
    chair                varchar(64),
    meeting_on           date,
    purpose              text,
    legal_ground         text,
    shared               text,
    state                varchar(10)  not null default 'PREPARED' check (state in ('PREPARED', 'CLOSED')),
    closed_at            timestamptz,
    closed_by            varchar(64),
    unique (region_id, quarter)
);

-- The prepared list: a snapshot per subject of what the review looks at, as it was on the day it was prepared.
create table chain_review_item (
    id                   bigserial    primary key,
    review_id            bigint       not null references chain_review (id),
    subject_id           bigint       not null references review_subject (id),
    case_id              bigint       references pupil_case (id),
    school_id            bigint       references school (id),
    reasons              varchar(60)  not null,
    category             varchar(3),
    sector               varchar(3),
    age                  int,
    stage                varchar(20),
    stage_since          date,
    first_signal_on      date,
    plan_on              date,
    recent_pct           numeric(5, 1),
    previous_pct         numeric(5, 1),
    since_plan_pct       numeric(5, 1),
    regievoerder         varchar(64),
    regievoerder_org     varchar(200),
    partners             text,
    consent              varchar(12),
    last_evaluation      date,
    next_evaluation      date,
    last_review_outcome  text,
    good_things          text,
    right_people         text,
    answered_by          varchar(64),
    answered_at          timestamptz,
    unique (review_id, subject_id)
);

create table chain_review_attendee (
    id                   bigserial    primary key,
    review_id            bigint       not null references chain_review (id),
    name                 varchar(200) not null,
    organisation         varchar(200) not null,
    username             varchar(64)  references staff_account (username)
);

-- The rode draad: a theme across cases and what it means for tiers 1 and 2.
create table chain_review_theme (
    id                   bigserial    primary key,
    review_id            bigint       not null references chain_review (id),
    theme                text         not null,
    recommendation       text         not null,
    recorded_by          varchar(64)  not null,
    recorded_at          timestamptz  not null
);

-- What the review asks of someone: an action on a pupil, a deadlock for the doorzettingsmacht, or a recommendation of
-- the rode draad for a school; each is a task in its owner's inbox through the model's route.
create table chain_review_action (
    id                   bigserial    primary key,
    review_id            bigint       not null references chain_review (id),
    item_id              bigint       references chain_review_item (id),
    theme_id             bigint       references chain_review_theme (id),
    kind                 varchar(20)  not null check (kind in ('ACTION', 'DEADLOCK', 'RECOMMENDATION')),
    description          text         not null,
    owner                varchar(64)  not null references staff_account (username),
    school_id            bigint       references school (id),
    due_on               date         not null,
    recorded_by          varchar(64)  not null,
    recorded_at          timestamptz  not null,
    outcome              text,
    done_on              date,
    done_by              varchar(64)
);
create index chain_review_action_review on chain_review_action (review_id);

-- A closed review is frozen; a later correction is an addition with who and when.
create table chain_review_addition (
    id                   bigserial    primary key,
    review_id            bigint       not null references chain_review (id),
    text                 text         not null,
    added_by             varchar(64)  not null,
    added_at             timestamptz  not null
);

-- The Inspectie's registration, cumulative: a subject once entered keeps its row, and leaves the count by a status.
create table thuiszitter (
    id                   bigserial    primary key,
    region_id            bigint       not null references region (id),
    subject_id           bigint       not null unique references review_subject (id),
    category             varchar(3)   not null check (category in ('ABS', '2A', '2B', '5A')),
    school_id            bigint       references school (id),
    sector               varchar(3),
    since                date         not null,
    action               text,
    status               varchar(20)  not null default 'OPEN',
    status_on            date,
    first_review_id      bigint       not null references chain_review (id),
    last_review_id       bigint       not null references chain_review (id)
);
create index thuiszitter_region on thuiszitter (region_id, status);

-- A review's human tasks (the chair's, the actions') belong to the review.
alter table task add column chain_review_id bigint references chain_review (id);
alter table task drop constraint task_one_owner;
alter table task add constraint task_one_owner
    check (num_nonnulls(case_id, exemption_id, absolute_absence_id, chain_review_id) = 1);
create index task_of_chain_review on task (chain_review_id, state) where chain_review_id is not null;
