-- Administration: municipalities (the leerplichtambtenaar works for one), a school's municipality, and the school
-- calendar kept by the admin (holidays and study days), so that school days need not be guessed from registrations.

create table municipality (
    id   bigserial    primary key,
    name varchar(200) not null unique
);

alter table school add column municipality_id bigint references municipality (id);

-- A holiday (several days) or a study day (one day, first_day = last_day) on which the school gives no lessons.
create table school_calendar_period (
    id        bigserial    primary key,
    school_id bigint       not null references school (id),
    kind      varchar(10)  not null check (kind in ('HOLIDAY', 'STUDY_DAY')),
    name      varchar(100) not null,
    first_day date         not null,
    last_day  date         not null,
    check (last_day >= first_day)
);
create index school_calendar_period_school on school_calendar_period (school_id, first_day);
