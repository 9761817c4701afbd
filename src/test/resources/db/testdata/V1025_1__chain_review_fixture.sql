-- Chain review: a region of its own with a VO and a PO school, one login per role of the region, and an SWV of
-- another region. Password "test". Test classes add their own pupils and cases (each its own pupils).
insert into region (name) values ('Testregio keten'), ('Andere regio keten');
insert into school (brin, name, sector, region_id) values
    ('K1VO', 'Ketenschool VO', 'VO', (select id from region where name = 'Testregio keten')),
    ('K2PO', 'Ketenschool PO', 'PO', (select id from region where name = 'Testregio keten'));
insert into staff_account (username, display_name, password_hash, role, school_id, region_id) values
    ('k-oc',         'Karin OC (keten VO)',   '{noop}test', 'OC',         (select id from school where brin = 'K1VO'), null),
    ('k-oc2',        'Koen OC (keten PO)',    '{noop}test', 'OC',         (select id from school where brin = 'K2PO'), null),
    ('k-mentor',     'Kees Mentor (keten)',   '{noop}test', 'MENTOR',     (select id from school where brin = 'K1VO'), null),
    ('k-swv',        'Kim SWV (voorzitter)',  '{noop}test', 'SWV',        null, (select id from region where name = 'Testregio keten')),
    ('k-leerplicht', 'Kai Leerplicht (keten)','{noop}test', 'LEERPLICHT', null, (select id from region where name = 'Testregio keten')),
    ('k-jeugdarts',  'Kiki Jeugdarts (keten)','{noop}test', 'JEUGDARTS',  null, (select id from region where name = 'Testregio keten')),
    ('k-swv-ander',  'Kas SWV (andere regio)','{noop}test', 'SWV',        null, (select id from region where name = 'Andere regio keten'));
