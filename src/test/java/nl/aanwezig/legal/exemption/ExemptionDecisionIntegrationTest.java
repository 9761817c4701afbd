package nl.aanwezig.legal.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.base.UserFacingException;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * The exemption decision is an explicit choice with a reason; a decision can be corrected with a reason, and the
 * earlier decision stays in the history.
 */
@IntegrationTest
class ExemptionDecisionIntegrationTest {

    /** The app's clock (school time), not the machine's zone: the dates the app writes are of this clock. */
    @org.springframework.beans.factory.annotation.Autowired java.time.Clock appClock;

    static final String LEERPLICHT = "t-lp-regio";

    @Autowired ExemptionService exemptions;
    @Autowired ExemptionSteps steps;
    @Autowired DecisionCorrections corrections;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    long registered(String leerling) {
        Pupil p = data.pupil(data.school("TXVO", Sector.VO), leerling, "EX4", null);
        Statement s = new Statement("Dr. G. Aangewezen (GGD)", true, false, LocalDate.now(appClock), "Onderwijs thuis.", false);
        return AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.register(
                new Notice(p.id(), LocalDate.now(appClock), "Ouders", s, null)));
    }

    long decideTask(long exemptionId) {
        return Eventually.get(() -> Optional.ofNullable(jdbc.query(
                "select id from task where exemption_id = ? and element_id = 'decide-exemption' and state = 'OPEN'",
                rs -> rs.next() ? rs.getLong(1) : null, exemptionId)), Routes.WAIT, "decide task");
    }

    String outcome(long id) {
        return jdbc.queryForObject("select outcome from exemption where id = ?", String.class, id);
    }

    @Test
    void a_decision_without_a_choice_is_refused_and_the_task_stays_open() {
        long id = registered("hl-dec-1");
        long task = decideTask(id);
        assertThatThrownBy(() -> AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.decide(task,
                new Decision(null, null, null, null, null, "Verklaring gelezen."))))
                .isInstanceOf(UserFacingException.class).hasMessage("exemption.error.choice.required");
        assertThat(outcome(id)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, task)).isEqualTo("OPEN");
    }

    @Test
    void a_decision_without_a_reason_is_refused_whether_granted_or_not() {
        long id = registered("hl-dec-2");
        long task = decideTask(id);
        assertThatThrownBy(() -> AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.decide(task,
                new Decision(false, null, null, null, null, "  "))))
                .isInstanceOf(UserFacingException.class).hasMessage("exemption.error.reason.required");
        LocalDate today = LocalDate.now(appClock);
        assertThatThrownBy(() -> AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.checkDecision(task,
                new Decision(true, PeriodKind.SCHOOL_YEAR, today, ReviewCalendar.endOfSchoolYear(today), null, null))))
                .isInstanceOf(UserFacingException.class).hasMessage("exemption.error.reason.required");
        assertThat(outcome(id)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from exemption_decision where exemption_id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void a_refusal_corrected_to_granted_keeps_the_first_decision_in_the_history() {
        long id = registered("hl-dec-3");
        long task = decideTask(id);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.decide(task,
                new Decision(false, null, null, null, null, "Volledig onderwijs is mogelijk.")));
        assertThat(outcome(id)).isEqualTo("REFUSED");

        LocalDate today = LocalDate.now(appClock);
        Decision corrected = new Decision(true, PeriodKind.SCHOOL_YEAR, today, ReviewCalendar.endOfSchoolYear(today),
                null, "Verkeerd aangeklikt: de verklaring zegt dat onderwijs nu niet kan.");
        assertThatThrownBy(() -> AsUser.run(LEERPLICHT, "LEERPLICHT", () -> corrections.correct(id,
                new Decision(true, corrected.periodKind(), today, corrected.validTo(), null, ""))))
                .isInstanceOf(UserFacingException.class).hasMessage("exemption.error.reason.required");
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> corrections.correct(id, corrected)))
                .as("an officer who does not serve the school and did not decide").isInstanceOf(AccessDeniedException.class);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> corrections.correct(id, corrected));

        assertThat(outcome(id)).isEqualTo("GRANTED");
        ExemptionDetails d = AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.open(id));
        assertThat(d.decisions()).extracting(DecisionEntry::outcome, DecisionEntry::correction, DecisionEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.REFUSED, false, "Volledig onderwijs is mogelijk."),
                        org.assertj.core.groups.Tuple.tuple(Outcome.GRANTED, true,
                                "Verkeerd aangeklikt: de verklaring zegt dat onderwijs nu niet kan."));
        assertThat(d.exemption().validTo()).isEqualTo(ReviewCalendar.endOfSchoolYear(today));
    }

    @Test
    void a_pending_exemption_has_nothing_to_correct() {
        long id = registered("hl-dec-4");
        assertThatThrownBy(() -> AsUser.run(LEERPLICHT, "LEERPLICHT", () -> corrections.correct(id,
                new Decision(false, null, null, null, null, "Reden"))))
                .isInstanceOf(UserFacingException.class).hasMessage("exemption.error.correction.notDecided");
    }
}
