-- The signals after an import read a pupil's absences (DUO, M@ZL, empty chairs, data quality), which are a few
-- percent of the registrations: an index of only those rows lets them skip the present lessons.
create index registration_absence on registration (pupil_id, lesson_date) where status = 'afwezig';
