-- Leerplicht's decision on an exemption: an explicit choice with its reason (motivering), and every decision and
-- correction kept in order. The exemption row holds the decision that counts now; earlier ones stay here.
alter table exemption add column decision_reason text;

create table exemption_decision (
    id            bigserial    primary key,
    exemption_id  bigint       not null references exemption (id),
    outcome       varchar(12)  not null,
    period_kind   varchar(12),
    valid_from    date,
    valid_to      date,
    reason        text         not null,
    decided_by    varchar(64)  not null references staff_account (username),
    decided_at    timestamptz  not null,
    correction    boolean      not null default false
);
create index exemption_decision_exemption on exemption_decision (exemption_id, decided_at, id);
