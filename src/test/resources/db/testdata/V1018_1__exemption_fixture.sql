-- Exemptions: a region of its own with one school; a leerplicht officer of that region, and one of another region.
insert into region (name) values ('Testregio vrijstelling');
insert into school (brin, name, sector, region_id) values
    ('TXVO', 'Vrijstellingschool VO', 'VO', (select id from region where name = 'Testregio vrijstelling'));
insert into staff_account (username, display_name, password_hash, role, school_id, region_id) values
    ('t-lp-regio', 'Rik Regioleerplicht', '{noop}test', 'LEERPLICHT', null,
     (select id from region where name = 'Testregio vrijstelling')),
    ('t-swv-regio', 'Sara SWV-regio', '{noop}test', 'SWV', null,
     (select id from region where name = 'Testregio vrijstelling'));
-- the GGD jeugdarts serves this school too (so sits on its panel)
insert into school_partner (school_id, username, role) values
    ((select id from school where brin = 'TXVO'), 't-jeugdarts', 'JEUGDARTS');
