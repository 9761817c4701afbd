-- Absoluut verzuim: a leerplichtig child (5-17) enrolled at no school. No school can report such a child, so the
-- leerplichtambtenaar registers them for the region; the region's thuiszitters registration counts them with the long
-- absences. A record is never deleted: the registration is cumulative, a closed one keeps its outcome and date.
create table absolute_absence (
    id               bigserial    primary key,
    region_id        bigint       not null references region (id),
    municipality_id  bigint       references municipality (id),
    first_name       varchar(100) not null,
    last_name        varchar(100) not null,
    birth_date       date         not null,
    since            date         not null,
    action           text         not null,
    status           varchar(20)  not null default 'OPEN'
        check (status in ('OPEN', 'ENROLLED', 'OTHER_ARRANGEMENT', 'EXEMPTED', 'AGED_OUT', 'MOVED')),
    status_on        date,
    enrolled_at      text,
    created_by       varchar(64)  not null,
    created_at       timestamptz  not null,
    updated_by       varchar(64),
    updated_at       timestamptz
);
create index absolute_absence_region on absolute_absence (region_id, since);

-- The follow-up tasks of its route share the one task table; a task belongs to exactly one owner.
alter table task add column absolute_absence_id bigint references absolute_absence (id);
alter table task drop constraint task_one_owner;
alter table task add constraint task_one_owner check (num_nonnulls(case_id, exemption_id, absolute_absence_id) = 1);
create index task_of_absolute_absence on task (absolute_absence_id, state) where absolute_absence_id is not null;
