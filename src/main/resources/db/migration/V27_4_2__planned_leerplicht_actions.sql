-- Leerplicht's actions on a DUO report may be planned ahead (a conversation or summons next week): GEPLAND on its
-- date, UITGEVOERD once done. Every earlier action was recorded when done.
alter table duo_action add column status varchar(12) not null default 'UITGEVOERD';
alter table duo_action add column done_at timestamptz;
create index duo_action_planned on duo_action (actor, happened_on) where status = 'GEPLAND';
