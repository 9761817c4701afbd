-- Casusoverleg tests: a school of their own, so other test classes' cases never show on its agenda.
insert into school (brin, name, sector) values ('T10VO', 'Casusoverlegschool VO', 'VO');
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-oc-co',     'Olga OC (casusoverleg)',  '{noop}test', 'OC',     (select id from school where brin = 'T10VO')),
    ('t-oc-co2',    'Omar OC (casusoverleg)',  '{noop}test', 'OC',     (select id from school where brin = 'T10VO')),
    ('t-mentor-co', 'Mira Mentor (casusoverleg)', '{noop}test', 'MENTOR', (select id from school where brin = 'T10VO')),
    ('t-mentor-co2', 'Max Mentor (casusoverleg)', '{noop}test', 'MENTOR', (select id from school where brin = 'T10VO'));
insert into school_partner (school_id, username, role) values
    ((select id from school where brin = 'T10VO'), 't-leerplicht', 'LEERPLICHT');
