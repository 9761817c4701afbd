-- The signals after an import read pupils' absences and late arrivals (DUO, M@ZL, empty chairs, data quality), a
-- few percent of the registrations: an index of only those rows lets them skip the lessons attended on time.
create index registration_absence on registration (pupil_id, lesson_date) where status <> 'aanwezig';
