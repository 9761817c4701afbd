package nl.aanwezig.legal.duo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.legal.duo.ConcernCriteria;
import nl.aanwezig.legal.duo.ConcernCriteriaService;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.DuoFixtures;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The OC's concern form, the DUO-meldingen list and the export download. */
@IntegrationTest
@WithMockUser(username = "t-oc", roles = "OC")
class ConcernViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired Routes routes;
    @Autowired DuoFixtures duo;
    @Autowired Cases cases;
    @Autowired ConcernCriteriaService criteria;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired Clock clock;

    @Test
    @WithMockUser(username = "t-oc-concern-ui", roles = "OC")
    void the_concern_form_asks_for_decision_and_note_and_then_completes_the_task() {
        School school = data.school("20CU", Sector.VO);
        data.account("t-oc-concern-ui", Role.OC, school);
        AsUser.run("t-oc-concern-ui", "OC", () -> criteria.save(school.id(), new ConcernCriteria(4, 2, null, null, null, null)));
        Pupil pupil = data.pupil(school, "cu-1", "2U", "t-mentor");
        LocalDate day = routes.schoolDay();
        data.voDay(pupil, day, 4);
        tx.executeWithoutResult(s -> events.publishEvent(new RegistrationsImported(Set.of(school.id()), day, day)));
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask task = routes.openTask(c.id(), "concern-decision");

        ConcernDecisionView view = navigate(ConcernDecisionView.class, task.id());
        test(view.save).click();
        assertThat(view.decision.isInvalid()).isTrue();
        assertThat(view.note.isInvalid()).isTrue();
        assertThat(view.note.getErrorMessage()).isEqualTo("Schrijf een toelichting.");

        test(view.decision).selectItem("Niet doorgeven: de school pakt het zelf op");
        test(view.note).setValue("Mentor heeft een plan met de leerling");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Vastgelegd.");
        routes.awaitTaskGone(task.id());
    }

    @Test
    void a_report_still_to_be_made_opens_its_task_from_the_duo_list() {
        var reported = duo.sixteenHours("cu-duo-list", LocalDate.now(clock));
        DuoMeldingenView view = navigate(DuoMeldingenView.class);
        DuoReport row = view.grid.getListDataView().getItems().filter(d -> d.caseId() == reported.caseId())
                .findFirst().orElseThrow();
        view.open(row);
        assertThat(getCurrentView()).isInstanceOf(DuoReportView.class);
    }

    @Test
    void the_export_screen_downloads_the_schools_csv() throws Exception {
        VerzuimExportView view = navigate(VerzuimExportView.class);
        var response = view.download(false);
        String csv = new String(response.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("brin;maand;categorie;minuten;uren\nT1VO;");
        assertThat(response.getFileName()).endsWith(".csv");
    }
}
