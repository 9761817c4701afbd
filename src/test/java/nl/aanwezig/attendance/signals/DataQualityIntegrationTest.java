package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The three data-quality findings, on a school of its own, found once. */
@IntegrationTest
class DataQualityIntegrationTest {

    static final LocalDate FIRST = LocalDate.of(2026, 9, 7);
    static final LocalDate MISSING = LocalDate.of(2026, 9, 16);
    static final LocalDate HALF_DAY = LocalDate.of(2026, 9, 10);

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired SignalDetection detection;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_silent_class_a_late_pupil_marked_absent_and_a_day_without_registrations_are_found_once() {
        School school = data.school("T4DQ", Sector.VO);
        Pupil quiet1 = data.pupil(school, "dq-1", "DQ1", "t-mentor");
        Pupil quiet2 = data.pupil(school, "dq-2", "DQ1", "t-mentor");
        Pupil late = data.pupil(school, "dq-3", "DQ2", "t-mentor");
        // three school weeks without the Wednesday of the second; the week after is a holiday (no registrations)
        for (Pupil p : List.of(quiet1, quiet2, late)) {
            imports.write(school.id(), days(p, p == late));
        }
        LocalDate to = LocalDate.of(2026, 10, 2);

        detection.detect(school.id(), FIRST, to);
        detection.detect(school.id(), FIRST, to);

        // the silent class once per week checked: by each import's own detection (up to its last day, in the week
        // of 21 September) and by the detection up to 2 October
        assertThat(findings(school)).containsExactlyInAnyOrder(
                "CLASS_WITHOUT_ABSENCE DQ1 2026-09-21",
                "CLASS_WITHOUT_ABSENCE DQ1 2026-09-28",
                "LATENESS_AS_HALF_DAY_ABSENCE dq-3 " + HALF_DAY,
                "DAY_WITHOUT_REGISTRATIONS school " + MISSING);
    }

    private List<String> findings(School school) {
        return jdbc.queryForList("select kind || ' ' || subject || ' ' || coalesce(issue_date::text, '') "
                + "from data_quality_issue where school_id = ?", String.class, school.id());
    }

    /** Four lessons a day; {@code late} is marked absent (onbekend) for the first two lessons on HALF_DAY. */
    private static List<RegistrationRecord> days(Pupil p, boolean late) {
        List<RegistrationRecord> out = new ArrayList<>();
        for (LocalDate d = FIRST; d.isBefore(FIRST.plusWeeks(3)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5 || d.equals(MISSING)) {
                continue;
            }
            LocalTime start = LocalTime.of(8, 30);
            for (int i = 0; i < 4; i++, start = start.plusMinutes(50)) {
                boolean absent = late && d.equals(HALF_DAY) && i < 2;
                out.add(new RegistrationRecord(p.id(), d, start, start.plusMinutes(50), absent ? "afwezig" : "aanwezig",
                        absent ? "onbekend" : null, 0));
            }
        }
        return out;
    }
}
