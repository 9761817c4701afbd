-- Medical notes: written and read only by the jeugdarts (medical confidentiality); never on the shared timeline.
create table medical_note (
    id         bigserial primary key,
    case_id    bigint      not null references pupil_case (id),
    pupil_id   bigint      not null references pupil (id),
    author     varchar(64) not null,
    written_at timestamptz not null,
    text       text        not null
);
create index medical_note_pupil on medical_note (pupil_id, written_at);
