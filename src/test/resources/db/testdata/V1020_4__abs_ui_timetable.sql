-- The import screen's VO school has a timetable (an absence export is refused without one): each pupil their own,
-- hours 1 to 8 every weekday of the school year.
insert into timetable_entry (school_id, pupil_id, weekday, hour, valid_from, valid_to)
select p.school_id, p.id, d, h::text, '2026-08-17', '2027-07-16'
from pupil p cross join generate_series(1, 5) d cross join generate_series(1, 8) h
where p.school_id = (select id from school where brin = 'T20U1');
