-- Pages at region scale (issue #22, item 5): the pupil page, Casussen per fase and Open dossiers read one pupil's
-- cases, one case's open tasks and conversations, or one school's open cases. Without these indexes each of those
-- reads scanned the table for the whole region (every case, task or conversation of every school, growing each
-- year); with them a page reads what it shows. EXPLAIN on the benchmark's region (40 schools, 4,000 pupils): a
-- pupil's cases 18 ms seq scan -> 0.2 ms, a case's open tasks 1.4 ms -> 0.1 ms, a school's open cases scanned all.
create index pupil_case_pupil on pupil_case (pupil_id, opened_at desc);
create index pupil_case_open_school on pupil_case (school_id) where status = 'OPEN';
create index task_case on task (case_id, state);
create index conversation_case on conversation (case_id, held_on desc);
