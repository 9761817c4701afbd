-- Leerplicht's letters from templates the municipality edits. The leerplichtambtenaar works for one municipality
-- (staff_account.municipality_id; when not set, the one municipality of the schools they serve). The rows without a
-- municipality are the defaults a municipality starts from; its own copies are made the first time it opens them.
alter table staff_account add column municipality_id bigint references municipality (id);

create table letter_template (
    id              bigserial    primary key,
    municipality_id bigint       references municipality (id),
    kind            varchar(20)  not null check (kind in ('UITNODIGING', 'OPROEP', 'HALT')),
    title           varchar(200) not null,
    body            text         not null,
    version         bigint       not null default 0,
    updated_by      varchar(64),
    updated_at      timestamptz
);
create unique index letter_template_kind on letter_template (coalesce(municipality_id, 0), kind);

insert into letter_template (municipality_id, kind, title, body) values
(null, 'UITNODIGING', 'Uitnodiging gesprek', $$Onderwerp: uitnodiging voor een gesprek over het schoolverzuim van {leerling.naam}

{ouder.aanhef},

Van {school.naam} heb ik gehoord dat {leerling.naam}, geboren op {leerling.geboortedatum}, de laatste tijd veel lessen heeft gemist zonder geldige reden. De school heeft dit op {melding.datum} aan ons gemeld. Het gaat om {verzuim.uren} uur.

Ik wil graag met u en {leerling.naam} praten over hoe het gaat en wat er nodig is om weer naar school te gaan. Ik nodig u daarom uit voor een gesprek. Wilt u binnen een week contact met mij opnemen om een afspraak te maken?

Als er iets is waardoor {leerling.naam} niet naar school kan, hoor ik dat graag. Dan zoeken we samen naar een oplossing.

Met vriendelijke groet,

{leerplicht.naam}
Leerplichtambtenaar, {gemeente.naam}
{datum}$$),
(null, 'OPROEP', 'Oproep', $$Onderwerp: oproep voor een gesprek over het schoolverzuim van {leerling.naam}

{ouder.aanhef},

{school.naam} heeft op {melding.datum} gemeld dat {leerling.naam}, geboren op {leerling.geboortedatum}, {verzuim.uren} uur ongeoorloofd afwezig is geweest.

Volgens de Leerplichtwet moet u ervoor zorgen dat uw kind naar school gaat. Daarom roep ik u en {leerling.naam} op voor een gesprek. U bent verplicht om te komen. In het gesprek hoor ik graag uw kant van het verhaal en maken we afspraken.

Kunt u niet op het genoemde tijdstip? Neem dan zo snel mogelijk contact met mij op voor een andere afspraak.

Met vriendelijke groet,

{leerplicht.naam}
Leerplichtambtenaar, {gemeente.naam}
{datum}$$),
(null, 'HALT', 'Halt-verwijzing', $$Onderwerp: verwijzing van {leerling.naam} naar Halt

{ouder.aanhef},

{school.naam} heeft op {melding.datum} gemeld dat {leerling.naam}, geboren op {leerling.geboortedatum}, {verzuim.uren} uur ongeoorloofd afwezig is geweest. We hebben hierover al eerder contact gehad.

Omdat het verzuim niet is gestopt, verwijs ik {leerling.naam} naar Halt. Halt neemt binnenkort contact met u op voor een gesprek. Bij Halt krijgt {leerling.naam} een straf die past bij de leeftijd, bijvoorbeeld een opdracht of werk. Als de Halt-afdoening goed wordt afgerond, krijgt {leerling.naam} geen strafblad.

Hebt u vragen over deze brief? Neem dan contact met mij op.

Met vriendelijke groet,

{leerplicht.naam}
Leerplichtambtenaar, {gemeente.naam}
{datum}$$);
