-- Test fixture: schools and one login per role, present before any test runs (browserless tests
-- navigate before @BeforeEach). Password "test" for all. Test classes add their own pupils.
insert into school (brin, name, sector) values ('T1VO', 'Testschool VO', 'VO'), ('T2VO', 'Andere school VO', 'VO'),
    ('T3PO', 'Testschool PO', 'PO');
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-mentor',     'Tess Mentor',       '{noop}test', 'MENTOR',     (select id from school where brin = 'T1VO')),
    ('t-mentor2',    'Tom Mentor',        '{noop}test', 'MENTOR',     (select id from school where brin = 'T1VO')),
    ('t-oc',         'Olaf OC',           '{noop}test', 'OC',         (select id from school where brin = 'T1VO')),
    ('t-oc2',        'Otto OC (school 2)','{noop}test', 'OC',         (select id from school where brin = 'T2VO')),
    ('t-mentor-b',   'Bea Mentor (school 2)', '{noop}test', 'MENTOR', (select id from school where brin = 'T2VO')),
    ('t-leerplicht', 'Lea Leerplicht',    '{noop}test', 'LEERPLICHT', null),
    ('t-jeugdarts',  'Jan Jeugdarts',     '{noop}test', 'JEUGDARTS',  null),
    ('t-swv',        'Sam SWV',           '{noop}test', 'SWV',        null),
    ('t-admin',      'Ada Admin',         '{noop}test', 'ADMIN',      null);
insert into school_partner (school_id, username, role) values
    ((select id from school where brin = 'T1VO'), 't-jeugdarts', 'JEUGDARTS'),
    ((select id from school where brin = 'T1VO'), 't-leerplicht', 'LEERPLICHT');
