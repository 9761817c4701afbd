package nl.aanwezig.legal.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The lessons a DUO report lists are dated the Dutch way ("ma 7-12-2026"), not as ISO dates. */
@IntegrationTest
class MissedLessonsDutchIntegrationTest {

    @Autowired TestData data;
    @Autowired Routes routes;
    @Autowired MissedLessons missed;

    @Test
    void the_missed_lessons_of_a_report_carry_a_dutch_weekday_and_date() {
        LocalDate monday = LocalDate.of(2026, 12, 7);
        Pupil pupil = data.pupil(routes.school(), "ha-duo-days", "2B", "t-mentor");
        data.voDay(pupil, monday, 2);

        MissedLessons.Summary summary = missed.between(pupil.id(), Sector.VO, monday, monday);

        assertThat(summary.hours()).isEqualTo(2);
        assertThat(summary.lessons().lines()).containsExactly("ma 7-12-2026 08:30-09:20 onbekend",
                "ma 7-12-2026 09:20-10:10 onbekend");
    }
}
