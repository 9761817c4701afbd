-- Screens of the absence-only route (abs-ui): a VO school for the preview and the import screen, a PO school for
-- the codes screen, and a third school an OC of the first may not read.
insert into school (brin, name, sector) values
    ('T20U1', 'Verzuimscherm VO', 'VO'), ('T20U2', 'Verzuimscherm PO', 'PO'), ('T20U3', 'Verzuimscherm ander', 'VO');
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-oc-u1', 'Ulla OC (verzuimscherm VO)', '{noop}test', 'OC', (select id from school where brin = 'T20U1')),
    ('t-oc-u2', 'Udo OC (verzuimscherm PO)', '{noop}test', 'OC', (select id from school where brin = 'T20U2')),
    ('t-mentor-u2', 'Uma Mentor (verzuimscherm PO)', '{noop}test', 'MENTOR', (select id from school where brin = 'T20U2'));
insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector, mentor) values
    ((select id from school where brin = 'T20U1'), 'U1001', 'Ugo', 'Uitgang', '2012-03-04', 'VO', null),
    ((select id from school where brin = 'T20U1'), 'U1002', 'Ulrike', 'Uiterwaard', '2012-05-06', 'VO', null);
