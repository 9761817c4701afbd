-- Family API (#20): a parent login of its own for the access matrix (password "test"), linked (accepted, with parental
-- authority) to a pupil of a school of its own with an open case, so no other test's counts at T1VO/T2VO change. The
-- pupil has a fixed id because the family API addresses a child by it (/api/v1/family/children/902601); ids this high
-- are never reached by the sequence in the tests.
insert into school (brin, name, sector) values ('T26F', 'Gezinsschool VO', 'VO');
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-ouder', 'Olga Ouder', '{noop}test', 'OUDER', null);
insert into pupil (id, school_id, leerling, first_name, last_name, birth_date, sector)
    values (902601, (select id from school where brin = 'T26F'), 'FA-KIND1', 'Fenna', 'Familie', '2014-05-01', 'VO');
insert into pupil_case (pupil_id, school_id, status, stage, opened_at)
    values (902601, (select id from school where brin = 'T26F'), 'OPEN', 'MENTOR_CONTACT', '2026-09-01T08:00:00Z');
insert into family_link (pupil_id, kind, name, email, parental_authority, username, token_hash, expires_at, invited_by,
                         invited_at, accepted_at)
    values (902601, 'PARENT', 'Olga Ouder', null, true, 't-ouder', null, '2026-09-15T08:00:00Z', 't-oc',
            '2026-09-01T08:00:00Z', '2026-09-02T08:00:00Z');
