-- Family pages (#20): a family account for the screen probes (ScreenAccessProbeTest, EveryRoleMenuViewsTest). It is
-- linked to no child, so it must be refused every child's pages and every staff screen, and start on "gezin".
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-ouder', 'Olga Ouder', '{noop}test', 'OUDER', null);
