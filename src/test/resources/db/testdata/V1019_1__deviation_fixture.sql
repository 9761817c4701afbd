-- Onderwijstijd deviation tests: schools of their own, so their pupils' figures and requests stay apart.
insert into school (brin, name, sector) values ('T19VO', 'Afwijkingschool VO', 'VO'), ('T19BVO', 'Andere afwijkingschool VO', 'VO');
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-oc-dev',     'Odette OC (afwijking)',     '{noop}test', 'OC',     (select id from school where brin = 'T19VO')),
    ('t-mentor-dev', 'Mees Mentor (afwijking)',   '{noop}test', 'MENTOR', (select id from school where brin = 'T19VO')),
    ('t-oc-dev2',    'Otto OC (andere school)',   '{noop}test', 'OC',     (select id from school where brin = 'T19BVO'));
