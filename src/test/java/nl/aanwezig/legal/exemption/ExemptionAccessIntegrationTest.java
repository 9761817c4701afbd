package nl.aanwezig.legal.exemption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
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
 * Only leerplicht of a school they serve decides; the medical grounds are for the jeugdarts alone; a statement that
 * the law does not accept saves nothing.
 */
@IntegrationTest
class ExemptionAccessIntegrationTest {

    static final String LEERPLICHT = "t-lp-regio";

    @Autowired ExemptionService exemptions;
    @Autowired ExemptionSteps steps;
    @Autowired PanelService panel;
    @Autowired TaskService inbox;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Routes routes;

    Pupil pupil(String leerling) {
        return data.pupil(data.school("TXVO", Sector.VO), leerling, "EX1", null);
    }

    static Statement statement(LocalDate on, boolean ownDoctor) {
        return new Statement("Dr. G. Aangewezen (GGD)", true, ownDoctor, on, "Onderwijs thuis, twee ochtenden per week.", false);
    }

    long register(Pupil p, Statement s, String writer) {
        return AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.register(
                new Notice(p.id(), LocalDate.now(), "Ouders van " + p.firstName(), s, writer)));
    }

    int exemptionsOf(Pupil p) {
        return jdbc.queryForObject("select count(*) from exemption where pupil_id = ?", Integer.class, p.id());
    }

    @Test
    void a_leerplicht_officer_who_does_not_serve_the_school_may_not_register_a_notice() {
        Pupil p = pupil("ex-acc-1");
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> exemptions.register(
                new Notice(p.id(), LocalDate.now(), "Ouders", statement(LocalDate.now(), false), null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(exemptionsOf(p)).isZero();
    }

    @Test
    void only_leerplicht_decides_an_oc_or_a_jeugdarts_is_refused() {
        Pupil p = pupil("ex-acc-2");
        Notice notice = new Notice(p.id(), LocalDate.now(), "Ouders", statement(LocalDate.now(), false), null);
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> exemptions.register(notice)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> exemptions.register(notice)))
                .isInstanceOf(AccessDeniedException.class);
        long id = register(p, statement(LocalDate.now(), false), null);
        long decideTask = awaitTask(id, "decide-exemption");
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> steps.decide(decideTask,
                new Decision(false, null, null, null, null, "Reden")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-swv-regio", "SWV", () -> panel.recordReview(id, LocalDate.now(), "Goed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> steps.decide(decideTask,
                new Decision(false, null, null, null, null, "Reden")))).as("another officer's task").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_medical_grounds_are_read_by_the_jeugdarts_and_refused_to_leerplicht_and_the_swv() {
        Pupil p = pupil("ex-acc-3");
        long id = register(p, null, "t-jeugdarts");
        long write = awaitTask(id, "write-statement");
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> assertThat(inbox.inbox()).extracting(TaskItem::taskId).contains(write));
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> steps.writeStatement(write, statement(LocalDate.now(), false),
                "Ernstige angststoornis; belastbaarheid twee uur per dag."));

        assertThat(AsUser.call("t-jeugdarts", "JEUGDARTS", () -> exemptions.medicalGrounds(id))).contains("angststoornis");
        assertThatThrownBy(() -> AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.medicalGrounds(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("t-swv-regio", "SWV", () -> exemptions.medicalGrounds(id)))
                .isInstanceOf(AccessDeniedException.class);
        // everyone on the panel reads the outcome and what education is possible, never the grounds
        ExemptionDetails seen = AsUser.call("t-swv-regio", "SWV", () -> exemptions.open(id));
        assertThat(seen.exemption().educationPossible()).startsWith("Onderwijs thuis");
        assertThat(seen.medicalReadable()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = ? and allowed = false and pupil_id = ?",
                Integer.class, ExemptionAccess.MEDICAL, p.id())).isEqualTo(2);
    }

    @Test
    void a_statement_older_than_three_months_at_the_notice_is_refused_and_nothing_is_saved() {
        Pupil p = pupil("ex-acc-4");
        assertThatThrownBy(() -> register(p, statement(LocalDate.now().minusMonths(3).minusDays(1), false), null))
                .isInstanceOf(UserFacingException.class).hasMessage("exemption.error.statementDate.tooOld");
        assertThat(exemptionsOf(p)).isZero();
    }

    @Test
    void a_statement_of_the_pupils_own_doctor_is_refused_and_nothing_is_saved() {
        Pupil p = pupil("ex-acc-5");
        assertThatThrownBy(() -> register(p, statement(LocalDate.now(), true), null))
                .isInstanceOf(UserFacingException.class).hasMessage("exemption.error.ownDoctor.refused");
        assertThat(exemptionsOf(p)).isZero();
    }

    @Test
    void the_jeugdarts_statement_of_their_own_treating_doctor_is_refused_and_the_task_stays_open() {
        Pupil p = pupil("ex-acc-6");
        long id = register(p, null, "t-jeugdarts");
        long write = awaitTask(id, "write-statement");
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> steps.writeStatement(write,
                statement(LocalDate.now(), true), "Gronden"))).isInstanceOf(UserFacingException.class)
                .hasMessage("exemption.error.ownDoctor.refused");
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, write)).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from exemption_medical where exemption_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void the_notice_is_on_the_timeline_of_the_pupils_open_case_and_without_a_case_only_in_the_dossier() {
        var route = routes.emptyChair("ex-acc-tl", "t-mentor");
        Pupil withCase = route.pupil();
        Notice notice = new Notice(withCase.id(), LocalDate.now(), "Ouders", statement(LocalDate.now(), false), null);
        long id = AsUser.call("t-leerplicht", "LEERPLICHT", () -> exemptions.register(notice));
        assertThat(jdbc.queryForObject("select count(*) from case_event where case_id = ? and type = 'EXEMPTION'",
                Integer.class, route.caseId())).isEqualTo(1);

        Pupil noCase = pupil("ex-acc-7");
        long other = register(noCase, statement(LocalDate.now(), false), null);
        assertThat(jdbc.queryForObject("""
                select count(*) from case_event e join pupil_case c on c.id = e.case_id
                where c.pupil_id = ? and e.type = 'EXEMPTION'""", Integer.class, noCase.id())).isZero();
        assertThat(AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.list()))
                .extracting(ExemptionRow::id).contains(other).doesNotContain(id);
    }

    long awaitTask(long exemptionId, String elementId) {
        return Eventually.get(() -> Optional.ofNullable(jdbc.query(
                "select id from task where exemption_id = ? and element_id = ? and state = 'OPEN'",
                rs -> rs.next() ? rs.getLong(1) : null, exemptionId, elementId)), Routes.WAIT, elementId);
    }
}
