package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolCalendarPeriods;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An unexplained absence that nobody followed up reaches the mentor the next school day too
 * ({@code aanwezig.signals.empty-chair-days-back}, 1 by default): Friday's, imported on Monday morning, is signalled
 * once, with its own day; the school's study days and holidays are no school days.
 */
@IntegrationTest
class EmptyChairDaysBackIntegrationTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 4);
    private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 12, 7, 7, 45);

    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired Routes routes;
    @Autowired EmptyChairDetection detection;
    @Autowired SignalStore signals;
    @Autowired SchoolCalendarPeriods calendar;
    @Autowired Cases cases;
    @Autowired DossierService dossiers;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void fridays_unexplained_absence_imported_on_monday_morning_is_signalled_once_with_its_day() {
        clock.set(MONDAY_MORNING);
        Pupil pupil = data.pupil(routes.school(), "ha-friday", "2B", "t-mentor");
        data.voDay(pupil, FRIDAY, 3);

        detection.detectEmptyChairs(routes.school().id());
        detection.detectEmptyChairs(routes.school().id());

        assertThat(chairs(routes.school(), pupil)).containsExactly(FRIDAY);
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        List<String> timeline = AsUser.call("t-oc", "OC", () -> dossiers.dossier(pupil.id())).timeline().stream()
                .map(e -> e.summary()).toList();
        assertThat(timeline).filteredOn(t -> t.startsWith("Lege stoel op 4-12-2026")).hasSize(1);
    }

    @Test
    void a_study_day_friday_is_skipped_so_thursdays_absence_reaches_the_mentor_on_monday() {
        clock.set(MONDAY_MORNING);
        School school = data.school("HA01", Sector.VO);
        calendar.replace(school.id(), List.of(new SchoolCalendarPeriods.Period(SchoolCalendarPeriods.Kind.STUDY_DAY,
                "Studiedag", FRIDAY, FRIDAY)));
        Pupil pupil = data.pupil(school, "ha-thursday", "2B", "t-mentor");
        data.voDay(pupil, FRIDAY.minusDays(1), 2);
        Pupil older = data.pupil(school, "ha-wednesday", "2B", "t-mentor");
        data.voDay(older, FRIDAY.minusDays(2), 2);

        detection.detectEmptyChairs(school.id());

        assertThat(chairs(school, pupil)).containsExactly(FRIDAY.minusDays(1));
        assertThat(chairs(school, older)).as("two school days back: beyond the one configured").isEmpty();
    }

    private List<LocalDate> chairs(School school, Pupil pupil) {
        return signals.ofSchool(school.id(), SignalType.EMPTY_CHAIR, FRIDAY.minusDays(7), FRIDAY.plusDays(7)).stream()
                .filter(s -> s.pupilId() == pupil.id()).map(SignalStore.StoredSignal::startDate).toList();
    }
}
