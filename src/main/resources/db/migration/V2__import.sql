-- Import: column mappings saved per source system (Magister, Somtoday, ...). The staging of an
-- import is a TEMP table per transaction (see RegistrationStage), so it needs no table here.

create table column_mapping (
    id         bigserial primary key,
    name       varchar(80)  not null unique,
    kind       varchar(20)  not null check (kind in ('PUPILS', 'REGISTRATIONS')),
    mapping    text         not null,
    created_by varchar(64)  not null,
    created_at timestamptz  not null
);
