package nl.aanwezig.legal.exemption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.legal.exemption.Notice;
import nl.aanwezig.legal.exemption.Statement;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The decision screen: nothing chosen at first, a reason required, a confirmation before it is final; then a correction. */
@IntegrationTest
@WithMockUser(username = "t-lp-regio", roles = "LEERPLICHT")
class ExemptionDecisionViewTest extends SpringBrowserlessTest {

    /** The app's clock (school time), not the machine's zone: the dates the app writes are of this clock. */
    @org.springframework.beans.factory.annotation.Autowired java.time.Clock appClock;

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ExemptionService exemptions;

    String outcome(long id) {
        return jdbc.queryForObject("select outcome from exemption where id = ?", String.class, id);
    }

    @Test
    void saving_without_a_choice_marks_the_choice_and_a_decision_is_final_only_after_confirmation() {
        Pupil p = data.pupil(data.school("TXVO", Sector.VO), "hl-decui-1", "EX5", null);
        long id = AsUser.call("t-lp-regio", "LEERPLICHT", () -> exemptions.register(new Notice(p.id(), LocalDate.now(appClock),
                "Ouders", new Statement("Dr. A. Aangewezen", true, false, LocalDate.now(appClock), "Thuis.", false), null)));
        long task = Eventually.get(() -> Optional.ofNullable(jdbc.query(
                "select id from task where exemption_id = ? and element_id = 'decide-exemption' and state = 'OPEN'",
                rs -> rs.next() ? rs.getLong(1) : null, id)), Routes.WAIT, "decide task");

        ExemptionTaskView view = navigate(ExemptionTaskView.class, task);
        assertThat(view.decision.granted.getValue()).as("no choice made for the officer").isNull();
        test(view.save).click();
        assertThat(view.decision.granted.isInvalid()).isTrue();
        assertThat(view.decision.granted.getErrorMessage()).isEqualTo("Kies het besluit: verleend of niet verleend.");
        assertThat(view.decision.reason.getErrorMessage()).isEqualTo("Schrijf de motivering van het besluit.");
        assertThat(view.confirm.isOpened()).isFalse();

        view.decision.granted.setValue(false);
        test(view.decision.reason).setValue("Volledig onderwijs is mogelijk volgens de verklaring.");
        test(view.save).click();
        assertThat(view.confirm.isOpened()).isTrue();
        assertThat(outcome(id)).as("nothing final before the confirmation").isEqualTo("PENDING");
        view.finish();
        assertThat(outcome(id)).isEqualTo("REFUSED");

        ExemptionDossierView dossier = navigate(ExemptionDossierView.class, id);
        assertThat(dossier.correction.isVisible()).isTrue();
        test(dossier.correction.open).click();
        dossier.correction.fields.granted.setValue(true);
        dossier.correction.fields.periodKind.setValue(nl.aanwezig.legal.exemption.PeriodKind.SCHOOL_YEAR);
        dossier.correction.fields.validFrom.setValue(LocalDate.now(appClock));
        dossier.correction.fields.validTo.setValue(nl.aanwezig.legal.exemption.ReviewCalendar.endOfSchoolYear(LocalDate.now(appClock)));
        test(dossier.correction.fields.reason).setValue("Verkeerd gekozen.");
        test(dossier.correction.save).click();
        assertThat(dossier.correction.confirm.isOpened()).isTrue();
        dossier.correction.correct();
        assertThat(outcome(id)).isEqualTo("GRANTED");
        assertThat(dossier.summary.getElement().getTextRecursively())
                .contains("Niet verleend. Motivering: Volledig onderwijs is mogelijk volgens de verklaring.")
                .contains("gecorrigeerd naar Verleend. Reden: Verkeerd gekozen.");
    }
}
