-- Accounts with a one-time password (must_change_password), password "test", for the first-start and
-- password-change tests of the admin-login branch.
insert into staff_account (username, display_name, password_hash, role, school_id, must_change_password) values
    ('t-onetime-ui',  'Una Eenmalig',  '{noop}test', 'ADMIN',  null, true),
    ('t-onetime-api', 'Api Eenmalig',  '{noop}test', 'OC',     (select id from school where brin = 'T1VO'), true),
    ('t-onetime-chg', 'Chris Wissel',  '{noop}test', 'MENTOR', (select id from school where brin = 'T1VO'), true);
