-- Absence-only route tests: pairs of schools (A through the absence route, B through the per-lesson file of the
-- same facts), a school for the replace/withdraw/refusal paths and another school for access refusals.
insert into school (brin, name, sector) values
    ('T20VA', 'Verzuimroute VO A', 'VO'), ('T20VB', 'Verzuimroute VO B', 'VO'),
    ('T20PA', 'Verzuimroute PO A', 'PO'), ('T20PB', 'Verzuimroute PO B', 'PO'),
    ('T20W', 'Verzuimroute werkschool', 'VO'), ('T20X', 'Verzuimroute andere school', 'VO');
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-oc-abs',  'Olga OC (verzuimroute)',  '{noop}test', 'OC', (select id from school where brin = 'T20W')),
    ('t-oc-abs2', 'Oscar OC (andere school)', '{noop}test', 'OC', (select id from school where brin = 'T20X'));
