-- Casusoverleg: the OC's case meetings, their agenda (one item per case) and the decisions taken, each a task for
-- its owner. The minutes themselves land on each case's own timeline (case_event); here is what the meeting screen
-- needs to edit them.

create table case_meeting (
    id         bigserial    primary key,
    school_id  bigint       not null references school (id),
    held_on    date         not null,
    starts_at  time         not null,
    created_by varchar(64)  not null references staff_account (username),
    created_at timestamptz  not null
);
create index case_meeting_school on case_meeting (school_id, held_on);

-- Who attends: staff accounts of the school, or people from outside by name (a care provider, a parent).
create table meeting_attendee (
    meeting_id    bigint       not null references case_meeting (id),
    position      int          not null,
    username      varchar(64)  references staff_account (username),
    external_name varchar(200),
    primary key (meeting_id, position),
    check ((username is null) <> (external_name is null))
);

-- A case on the agenda (or a suggestion the OC took off it). version guards two OCs editing the same minutes.
create table meeting_item (
    id         bigserial    primary key,
    meeting_id bigint       not null references case_meeting (id),
    case_id    bigint       not null references pupil_case (id),
    state      varchar(10)  not null check (state in ('AGENDA', 'REMOVED')),
    reasons    varchar(200) not null default '',
    discussion text,
    saved_by   varchar(64),
    saved_at   timestamptz,
    version    bigint       not null default 0,
    unique (meeting_id, case_id)
);
create index meeting_item_case on meeting_item (case_id);

-- A decision: what, who (a staff account that may open the case), by when; done with a note by its owner.
create table meeting_decision (
    id          bigserial    primary key,
    item_id     bigint       not null references meeting_item (id),
    case_id     bigint       not null references pupil_case (id),
    description text         not null,
    owner       varchar(64)  not null references staff_account (username),
    due_on      date         not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null,
    done_note   text,
    done_by     varchar(64),
    done_at     timestamptz
);
create index meeting_decision_item on meeting_decision (item_id);
