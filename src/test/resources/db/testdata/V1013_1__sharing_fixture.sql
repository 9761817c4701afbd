-- Sharing: a youth and family coach (jeugd- en gezinscoach), a partner role not bound to a school. Password "test".
insert into staff_account (username, display_name, password_hash, role, school_id) values
    ('t-coach', 'Cas Coach', '{noop}test', 'COACH', null);
