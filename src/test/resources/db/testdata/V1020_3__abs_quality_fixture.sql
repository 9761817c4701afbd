-- Data quality of the absence-only route: a school whose export has every finding, and a school with a clean one.
insert into school (brin, name, sector) values
    ('T20Q1', 'Verzuimkwaliteit VO', 'VO'), ('T20Q2', 'Verzuimkwaliteit VO schoon', 'VO');
insert into school_calendar_period (school_id, kind, name, first_day, last_day) values
    ((select id from school where brin = 'T20Q1'), 'HOLIDAY', 'Herfstvakantie', date '2026-10-19', date '2026-10-23'),
    ((select id from school where brin = 'T20Q2'), 'HOLIDAY', 'Herfstvakantie', date '2026-10-19', date '2026-10-23');
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-oc-q1', 'Quinten OC (verzuimkwaliteit)', '{noop}test', 'OC', (select id from school where brin = 'T20Q1'));
