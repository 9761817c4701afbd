package nl.aanwezig.attendance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The absence-only route gives exactly what the per-lesson canonical file of the same facts gives: the registrations,
 * the day, month and year figures, the bands and the signals, on random timetables (changing halfway, one pupil with
 * their own), random codes of the preset, late arrivals with and without minutes, holidays and a study day; VO and PO.
 */
@IntegrationTest
class AbsenceRouteEquivalenceIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    SchoolScheduleService schedule;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    nl.aanwezig.support.TestData data;

    @Test
    void a_vo_school_importing_absences_only_gets_the_figures_bands_and_signals_of_the_per_lesson_file() {
        compare(AbsenceRouteFacts.random(20_26_11L, "VO", "2011", 24), "T20VA", "T20VB", "magister");
    }

    @Test
    void a_po_school_importing_absences_only_gets_the_figures_bands_and_signals_of_the_per_lesson_file() {
        compare(AbsenceRouteFacts.random(20_26_12L, "PO", "2012", 20), "T20PA", "T20PB", "parnassys");
    }

    private void compare(AbsenceRouteFacts facts, String absenceBrin, String canonicalBrin, String preset) {
        for (String brin : List.of(absenceBrin, canonicalBrin)) {
            calendar(brin);
            data.classesAndMentorsOf(facts.pupilsCsv(brin)); // the admin's classes, before the pupils may name them
            ImportResult pupils = AsUser.call("t-admin", "ADMIN", () -> imports.importPupils(csv(facts.pupilsCsv(brin)),
                    ImportOptions.defaults(), ImportProgress.NONE));
            assertThat(pupils.rejected()).as("pupils of %s: %s", brin, pupils.errors()).isZero();
        }
        long school = id(absenceBrin);
        AsUser.run("t-admin", "ADMIN", () -> {
            assertThat(schedule.applyPreset(school, preset).refused()).isFalse();
            assertThat(schedule.replaceLessonHours(school, csv(facts.lessonHoursCsv())).refused()).isFalse();
            ImportResult timetable = imports.importTimetable(csv(facts.timetableCsv(absenceBrin)),
                    ImportOptions.defaults(), ImportProgress.NONE);
            assertThat(timetable.errors()).isEmpty();
            ImportResult absences = imports.importAbsences(csv(facts.absenceCsv(absenceBrin, facts.absences)),
                    new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical(), new ExportScope(null,
                            AbsenceRouteFacts.FROM, AbsenceRouteFacts.TO)), ImportProgress.NONE);
            assertThat(absences.errors()).isEmpty();
            assertThat(absences.accepted()).isEqualTo(facts.absences.size());
            ImportResult canonical = imports.importRegistrations(csv(facts.canonicalCsv(canonicalBrin)),
                    ImportOptions.defaults(), ImportProgress.NONE);
            assertThat(canonical.errors()).isEmpty();
        });
        long other = id(canonicalBrin);
        assertThat(rows("registration", school)).hasSizeGreaterThan(500).isEqualTo(rows("registration", other));
        assertThat(rows("attendance_day", school)).isEqualTo(rows("attendance_day", other));
        assertThat(rows("attendance_month", school)).isEqualTo(rows("attendance_month", other));
        assertThat(rows("attendance_year", school)).isEqualTo(rows("attendance_year", other));
        assertThat(rows("pupil_band", school)).as("bands").isEqualTo(rows("pupil_band", other))
                .extracting(r -> r.contains("\"band\": \"GREEN\"")).contains(false);
        assertThat(rows("signal", school)).as("signals").isNotEmpty().isEqualTo(rows("signal", other));
    }

    /** The table's rows of the school's pupils by pupil number, without ids, school and moments. */
    private List<String> rows(String table, long schoolId) {
        return jdbc.queryForList("""
                select p.leerling || ' ' || (to_jsonb(t) - 'pupil_id' - 'school_id' - 'id' - 'created_at')::text
                from %s t join pupil p on p.id = t.pupil_id where p.school_id = ? order by 1""".formatted(table),
                String.class, schoolId);
    }

    private void calendar(String brin) {
        jdbc.update("""
                insert into school_calendar_period (school_id, kind, name, first_day, last_day)
                values ((select id from school where brin = ?), 'HOLIDAY', 'Herfstvakantie', ?, ?),
                       ((select id from school where brin = ?), 'STUDY_DAY', 'Studiedag', ?, ?)""",
                brin, AbsenceRouteFacts.HOLIDAY_FIRST, AbsenceRouteFacts.HOLIDAY_LAST,
                brin, AbsenceRouteFacts.STUDY_DAY, AbsenceRouteFacts.STUDY_DAY);
    }

    private long id(String brin) {
        return jdbc.queryForObject("select id from school where brin = ?", Long.class, brin);
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
