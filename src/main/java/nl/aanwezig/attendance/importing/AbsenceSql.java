package nl.aanwezig.attendance.importing;

/** The statements of {@link AbsenceImport}, per school of the file. */
final class AbsenceSql {

    private AbsenceSql() {
    }

    /**
     * Stored absences of the school's pupils in the period that the file does not hold (any line, also rejected). By
     * pupil on the key (an array, not a join), for the reason {@link LessonDerivation} removes registrations so.
     */
    static final String WITHDRAWN = """
            delete from absence_record a
            where a.pupil_id = any(array(select id from pupil where school_id = ?)) and a.lesson_date between ? and ?
              and not exists (select 1 from import_absence s
                              where s.pupil_id = a.pupil_id and s.lesson_date = a.lesson_date and s.hour = a.hour)""";

    /**
     * The file's absences of one school (%s: which lines), written where new or different; answers the file's
     * lessons with an absence and those written, in one pass over the staged lines.
     */
    static final String UPSERT = """
            with file as materialized (
                select distinct on (pupil_id, lesson_date, hour) pupil_id, lesson_date, hour, code_key, minutes_late
                from import_absence s where school_id = ?%s
                order by pupil_id, lesson_date, hour),
            written as (
                insert into absence_record (pupil_id, lesson_date, hour, code_key, minutes_late)
                select pupil_id, lesson_date, hour, code_key, minutes_late from file
                on conflict (pupil_id, lesson_date, hour) do update
                   set code_key = excluded.code_key, minutes_late = excluded.minutes_late
                 where (absence_record.code_key, absence_record.minutes_late)
                       is distinct from (excluded.code_key, excluded.minutes_late)
                returning 1)
            select (select count(*) from file), (select count(*) from written)""";

    /** One lesson with two different codes in the file: all its lines are rejected, nobody can tell which is right. */
    static final String DUPLICATES_IN_FILE = """
            insert into import_error (line, kind, other_line)
            with dup as materialized (
                select pupil_id, lesson_date, hour from import_absence
                group by pupil_id, lesson_date, hour having count(distinct code_key || '|' || coalesce(minutes_late::text, '')) > 1)
            select a.line, 'DUPLICATE', min(b.line)
            from import_absence a join dup using (pupil_id, lesson_date, hour)
            join import_absence b on b.pupil_id = a.pupil_id and b.lesson_date = a.lesson_date and b.hour = a.hour
             and b.line <> a.line
            group by a.line""";
}
