-- placeholder until the absolute-absence branch lands (its V24 replaces this file)
create table absolute_absence (
    id bigserial primary key,
    region_id bigint not null references region (id),
    first_name varchar(100), last_name varchar(100), birth_date date not null, since date not null,
    action text not null, status varchar(20) not null default 'OPEN', status_on date
);
alter table task add column absolute_absence_id bigint references absolute_absence (id);
alter table task drop constraint task_one_owner;
alter table task add constraint task_one_owner check (num_nonnulls(case_id, exemption_id, absolute_absence_id) = 1);
