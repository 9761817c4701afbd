-- A leerplichtambtenaar who serves T2VO only: the reports of T1VO are not theirs.
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-leerplicht2', 'Lars Leerplicht (school 2)', '{noop}test', 'LEERPLICHT', null);
insert into school_partner (school_id, username, role) values
    ((select id from school where brin = 'T2VO'), 't-leerplicht2', 'LEERPLICHT');
