-- The tier-3 route: SAT analysis, yellow monitoring, the orange plan "patronen doorbreken" with a regievoerder and its
-- evaluations, the red care-education arrangement (onderwijszorgarrangement).

-- The stage names of the whole route; the old "ANALYSIS" is the SAT analysis.
update pupil_case set stage = 'SAT_ANALYSIS' where stage = 'ANALYSIS';
-- Exactly one regievoerder at a time once the orange plan starts; handing over is a timeline event.
alter table pupil_case add column regievoerder varchar(64) references staff_account (username);

-- The school attendance team (SAT) of a school: besides the school's OCs, who are always in it.
create table sat_member (
    school_id bigint      not null references school (id),
    username  varchar(64) not null references staff_account (username),
    primary key (school_id, username)
);

-- The SAT's analysis: factors in the five groups (JSON: group -> {known, unknown}), hypotheses, the pupil's and the
-- parents' own view, advice; the advice the decision table gave on band and trend, and what the SAT decided.
create table sat_analysis (
    id              bigserial    primary key,
    case_id         bigint       not null references pupil_case (id),
    task_id         bigint       not null unique references case_task (id),
    factors         text         not null,
    hypotheses      text         not null,
    pupil_view      text,
    parents_view    text,
    advice          text         not null,
    band            varchar(10),
    trend           numeric(6, 1),
    advised         varchar(10)  not null,
    decision        varchar(10)  not null,
    override_reason text,
    review_on       date,
    created_by      varchar(64)  not null,
    created_at      timestamptz  not null,
    check (decision = advised or override_reason is not null)
);
create index sat_analysis_case on sat_analysis (case_id);

-- The integrated plan (1 kind, 1 gezin, 1 plan). One active plan per case; version guards concurrent editing.
create table support_plan (
    id                 bigserial    primary key,
    case_id            bigint       not null references pupil_case (id),
    school_id          bigint       not null references school (id),
    task_id            bigint       unique references case_task (id),
    status             varchar(10)  not null,
    started_on         date         not null,
    evaluation_weeks   int          not null check (evaluation_weeks between 1 and 12),
    next_evaluation    date,
    pupil_wish         text,
    parents_wish       text,
    agreed             text,
    parents_agreed_on  date,
    adapted_education  text,
    created_by         varchar(64)  not null,
    created_at         timestamptz  not null,
    updated_by         varchar(64)  not null,
    updated_at         timestamptz  not null,
    version            bigint       not null default 0
);
create unique index support_plan_one_active on support_plan (case_id) where status = 'ACTIVE';
create index support_plan_due on support_plan (school_id, next_evaluation) where status = 'ACTIVE';

create table plan_goal (
    id          bigserial     primary key,
    plan_id     bigint        not null references support_plan (id) on delete cascade,
    domain      varchar(10)   not null,
    description text          not null,
    measure     text          not null,
    target_pct  numeric(5, 1),
    position    int           not null
);
create index plan_goal_plan on plan_goal (plan_id);

create table plan_intervention (
    id             bigserial    primary key,
    plan_id        bigint       not null references support_plan (id) on delete cascade,
    description    text         not null,
    owner          varchar(200) not null,
    owner_username varchar(64)  references staff_account (username),
    starts_on      date         not null,
    duration_weeks int          not null check (duration_weeks between 1 and 52),
    position       int          not null
);
create index plan_intervention_plan on plan_intervention (plan_id);
create index plan_intervention_owner on plan_intervention (owner_username);

-- The red care-education arrangement: nothing in red closes by itself, it ends only by a decision.
create table care_arrangement (
    id               bigserial    primary key,
    case_id          bigint       not null references pupil_case (id),
    school_id        bigint       not null references school (id),
    task_id          bigint       unique references case_task (id),
    status           varchar(10)  not null,
    care_provider    varchar(200) not null,
    education_where  varchar(200) not null,
    education_hours  numeric(4, 1) not null check (education_hours >= 0 and education_hours <= 40),
    starts_on        date         not null,
    ends_on          date,
    funded_by        varchar(20)  not null,
    evaluation_weeks int          not null check (evaluation_weeks between 1 and 12),
    next_evaluation  date,
    end_decision     varchar(20),
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null,
    updated_by       varchar(64)  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0
);
create unique index care_arrangement_one_active on care_arrangement (case_id) where status = 'ACTIVE';
create index care_arrangement_due on care_arrangement (school_id, next_evaluation) where status = 'ACTIVE';

-- An evaluation of the plan or the arrangement, with the attendance it looked at and a note per goal.
create table evaluation (
    id               bigserial    primary key,
    case_id          bigint       not null references pupil_case (id),
    plan_id          bigint       references support_plan (id),
    arrangement_id   bigint       references care_arrangement (id),
    task_id          bigint       not null unique references case_task (id),
    scheduled_on     date,
    held_on          date         not null,
    decision         varchar(20)  not null,
    note             text         not null,
    pct_since_start  numeric(5, 1),
    pct_since_last   numeric(5, 1),
    next_evaluation  date,
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null,
    check (plan_id is not null or arrangement_id is not null)
);
create index evaluation_case on evaluation (case_id);

create table evaluation_goal (
    evaluation_id bigint      not null references evaluation (id),
    goal_id       bigint      not null references plan_goal (id),
    progress      varchar(12) not null,
    note          text        not null,
    primary key (evaluation_id, goal_id)
);

-- Cases taken into SAT analysis before the tier-3 route existed ended their route at "Naar SAT-analyse": they get the
-- tier-3 route now, once.
insert into workflow_instance (case_id, process_id, route_key, variables, updated_at)
select c.id, 'tier3', 'tier3:' || c.id,
       '{"caseId":' || c.id || ',"pupilId":' || c.pupil_id || ',"schoolId":' || c.school_id || '}', now()
from pupil_case c where c.status = 'OPEN' and c.stage = 'SAT_ANALYSIS';
insert into engine_command (kind, route_id, created_at)
select 'START_ROUTE', w.id, now() from workflow_instance w where w.process_id = 'tier3' and w.instance_key is null;

-- What a task's form must show of the route's state (the decision table's advice, the figures it decided on): the
-- variables its BPMN task names in the header contextVariables, as JSON.
alter table case_task add column context text;
