-- Issue #21 P6: the directie (schoolleiding) of T1VO. T2VO has none, so its escalations stay with its OC.
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-directie', 'Dora Directie', '{noop}test', 'DIRECTIE', (select id from school where brin = 'T1VO'));
