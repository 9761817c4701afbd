package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The M@ZL task shows the sick reports behind the signal, and the jeugdarts's advice is labelled as hers. */
@IntegrationTest
class MazlSickReportsIntegrationTest extends SignalScenario {

    @Autowired OcTaskService ocTasks;
    @Autowired DossierService dossiers;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A school of its own, so the test school's list of M@ZL signals stays as its tests expect; t-jeugdarts serves it. */
    private School school() {
        School school = data.school("HJ3VO", Sector.VO);
        data.account("hj-oc", Role.OC, school);
        jdbc.update("insert into school_partner (school_id, username, role) values (?, 't-jeugdarts', 'JEUGDARTS') "
                + "on conflict do nothing", school.id());
        return school;
    }

    private void importedAt(School school) {
        tx.executeWithoutResult(s -> publisher.publishEvent(
                new RegistrationsImported(Set.of(school.id()), MONDAY, MONDAY.plusWeeks(4))));
    }

    @Test
    void the_mazl_tasks_show_the_dates_number_lessons_and_minutes_of_the_sick_reports_of_the_signal() {
        School school = school();
        Pupil pupil = data.pupil(school, "hj-mazl-sick", "3C", null);
        // sick all day on each Monday, and the first two lessons of the Tuesday after the first: four reports
        registrations.insert(weeks(pupil, 4, (day, i) -> day.getDayOfWeek().getValue() == 1
                || day.equals(MONDAY.plusDays(1)) && i < 2 ? "ziek" : null));
        importedAt(school);
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask advice = routes.openTask(c.id(), "mazl-advice");
        CaseTask oc = routes.openTask(c.id(), "mazl-oc");

        SickReports.Summary s = AsUser.call("t-jeugdarts", "JEUGDARTS", () -> ocTasks.sickReports(advice.id())).orElseThrow();
        assertThat(s.kind()).isEqualTo("FOURTH_REPORT_IN_12_WEEKS");
        assertThat(s.from()).isEqualTo(MONDAY);
        assertThat(s.to()).isEqualTo(MONDAY.plusWeeks(3));
        assertThat(s.reports()).containsExactly(
                new SickReports.Report(MONDAY, MONDAY.plusDays(1), 2, 6, 300),
                new SickReports.Report(MONDAY.plusWeeks(1), MONDAY.plusWeeks(1), 1, 4, 200),
                new SickReports.Report(MONDAY.plusWeeks(2), MONDAY.plusWeeks(2), 1, 4, 200),
                new SickReports.Report(MONDAY.plusWeeks(3), MONDAY.plusWeeks(3), 1, 4, 200));
        assertThat(s.lessons()).isEqualTo(18);
        assertThat(s.minutes()).isEqualTo(900);
        assertThat(AsUser.call("hj-oc", "OC", () -> ocTasks.sickReports(oc.id()))).as("the OC's follow-up too").isPresent();
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> ocTasks.sickReports(oc.id())))
                .as("another school's OC").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_jeugdartss_mazl_advice_is_labelled_jeugdarts_on_the_timeline_not_oc() {
        School school = school();
        Pupil pupil = data.pupil(school, "hj-mazl-label", "3C", null);
        registrations.insert(weeks(pupil, 4, (day, i) -> day.getDayOfWeek().getValue() == 1 ? "ziek" : null));
        importedAt(school);
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask advice = routes.openTask(c.id(), "mazl-advice");

        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> ocTasks.complete(advice.id(), "Rustig opbouwen.",
                OcDecision.ADVISED, null));

        assertThat(AsUser.call("hj-oc", "OC", () -> dossiers.dossier(pupil.id())).timeline())
                .extracting(e -> e.summary()).contains("Jeugdarts: Advies gegeven. Rustig opbouwen.")
                .noneMatch(t -> t.startsWith("OC: Advies gegeven"));
    }
}
