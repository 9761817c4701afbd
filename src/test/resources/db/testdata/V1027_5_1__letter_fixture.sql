-- Leerplicht's letters: t-leerplicht works for Testgemeente; a leerplichtambtenaar of another municipality.
insert into municipality (name) values ('Testgemeente'), ('Andere testgemeente');
update staff_account set municipality_id = (select id from municipality where name = 'Testgemeente')
where username = 't-leerplicht';
insert into staff_account (username, display_name, password_hash, role, school_id, municipality_id) values
    ('t-leerplicht-hd', 'Lotte Leerplicht (andere gemeente)', '{noop}test', 'LEERPLICHT', null,
     (select id from municipality where name = 'Andere testgemeente'));
