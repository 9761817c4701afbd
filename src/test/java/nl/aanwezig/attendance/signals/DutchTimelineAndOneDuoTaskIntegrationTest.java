package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signals on the timeline speak Dutch, and one case never holds two DUO report tasks for one run of truancy. */
@IntegrationTest
class DutchTimelineAndOneDuoTaskIntegrationTest extends SignalScenario {

    @Autowired DossierService dossiers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void two_sixteen_hour_reports_of_one_import_give_the_case_one_duo_report_task() {
        Pupil pupil = data.pupil(routes.school(), "s-fix-duo2", "3C", "t-mentor");
        // truant all day Monday to Thursday of the first and of the third week: 16 hours twice, 14 days apart
        registrations.insert(weeks(pupil, 3, (day, i) -> day.getDayOfWeek().getValue() <= 4
                && (day.isBefore(MONDAY.plusWeeks(1)) || !day.isBefore(MONDAY.plusWeeks(2))) ? "spijbelen" : null));
        imported(3);

        assertThat(signals.ofSchool(routes.school().id(), SignalType.DUO_16H, MONDAY, MONDAY.plusWeeks(3)))
                .filteredOn(s -> s.leerling().equals("s-fix-duo2")).hasSize(2);
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        // the routes are written in the signals' own transaction: counting them waits for nothing
        assertThat(jdbc.queryForObject("select count(*) from workflow_instance where case_id = ? and process_id = ?",
                Integer.class, c.id(), "duo-melding")).isEqualTo(1);
        CaseTask report = routes.openTask(c.id(), "duo-report");
        assertThat(report.isOpen()).isTrue();
        var timeline = AsUser.call("t-oc", "OC", () -> dossiers.dossier(pupil.id())).timeline();
        assertThat(timeline).extracting(e -> e.summary())
                .anyMatch(t -> t.startsWith("Deze DUO-melding hoort bij de DUO-taak die nog openstaat"));
    }

    @Test
    void mazl_and_band_change_signals_are_written_in_dutch_on_the_timeline() {
        Pupil pupil = data.pupil(routes.school(), "s-fix-dutch", "3C", "t-mentor");
        // sick every Monday and Tuesday for four weeks: four sick reports (M@ZL) and 60% attendance (a band change)
        registrations.insert(weeks(pupil, 4, (day, i) -> day.getDayOfWeek().getValue() <= 2 ? "ziek" : null));
        imported(4);

        List<String> summaries = AsUser.call("t-oc", "OC", () -> dossiers.dossier(pupil.id())).timeline().stream()
                .map(e -> e.summary()).toList();
        assertThat(summaries).anyMatch(t -> t.contains("M@ZL") && t.contains("vierde ziekmelding binnen 12 weken"))
                .anyMatch(t -> t.contains("60,0% aanwezig ("))
                .noneMatch(t -> t.contains("FOURTH_REPORT") || t.contains("SEVENTH_CONSECUTIVE")
                        || t.matches(".*\\((GREEN|YELLOW|ORANGE|RED)\\).*"));
    }
}
