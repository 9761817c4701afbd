package nl.aanwezig.legal.exemption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.ui.TaskForms;
import nl.aanwezig.cases.ui.TasksView;
import nl.aanwezig.legal.exemption.ExemptionRow;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.legal.exemption.Notice;
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

/** Leerplicht registers a parents' notice on the screen; the law's refusals show on the field. */
@IntegrationTest
@WithMockUser(username = "t-lp-regio", roles = "LEERPLICHT")
class ExemptionViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired ExemptionService exemptions;

    Pupil pupil(String leerling) {
        return data.pupil(data.school("TXVO", Sector.VO), leerling, "EX3", null);
    }

    void fill(NoticeView view, Pupil p, LocalDate statementDate, boolean ownDoctor) {
        test(view.brin).setValue("TXVO");
        test(view.leerling).setValue(p.leerling());
        view.noticeDate.setValue(LocalDate.now());
        test(view.givenBy).setValue("Ouders van " + p.firstName());
        test(view.statementBrought).click();
        test(view.statement.doctorName).setValue("Dr. G. Aangewezen (GGD)");
        if (!view.statement.designated.getValue()) {
            test(view.statement.designated).click();
        }
        if (view.statement.ownDoctor.getValue() != ownDoctor) {
            test(view.statement.ownDoctor).click();
        }
        view.statement.statementDate.setValue(statementDate);
        test(view.statement.educationPossible).setValue("Twee ochtenden per week onderwijs thuis.");
    }

    @Test
    void leerplicht_registers_a_notice_with_the_statement_the_parents_brought_and_finds_it_in_the_list() {
        Pupil p = pupil("ex-ui-1");
        NoticeView view = navigate(NoticeView.class);
        fill(view, p, LocalDate.now().minusWeeks(2), false);
        test(view.save).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Kennisgeving geregistreerd; de vrijstelling staat in je lijst.");
        ExemptionsView list = navigate(ExemptionsView.class);
        assertThat(list.grid.getListDataView().getItems().map(ExemptionRow::leerling)).contains("ex-ui-1");
    }

    @Test
    void a_statement_older_than_three_months_is_refused_on_its_field_and_nothing_is_saved() {
        Pupil p = pupil("ex-ui-2");
        NoticeView view = navigate(NoticeView.class);
        fill(view, p, LocalDate.now().minusMonths(4), false);
        test(view.save).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("De verklaring is ouder dan 3 maanden bij de kennisgeving: vraag een nieuwe.");
        assertThat(view.statement.statementDate.isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from exemption where pupil_id = ?", Integer.class, p.id())).isZero();
    }

    @Test
    void a_statement_of_the_own_doctor_is_refused_on_its_field() {
        Pupil p = pupil("ex-ui-3");
        NoticeView view = navigate(NoticeView.class);
        fill(view, p, LocalDate.now(), true);
        test(view.save).click();

        assertThat(view.statement.ownDoctor.getErrorMessage()).startsWith("Een verklaring van de eigen behandelaar");
        assertThat(jdbc.queryForObject("select count(*) from exemption where pupil_id = ?", Integer.class, p.id())).isZero();
    }

    @Test
    @WithMockUser(username = "t-jeugdarts", roles = "JEUGDARTS")
    void the_jeugdarts_opens_the_statement_from_the_inbox_and_writes_it_and_the_panel_reads_what_is_possible() {
        Pupil p = pupil("ex-ui-4");
        long id = AsUser.call("t-lp-regio", "LEERPLICHT", () -> exemptions.register(
                new Notice(p.id(), LocalDate.now(), "Ouders", null, "t-jeugdarts")));
        long taskId = Eventually.get(() -> Optional.ofNullable(jdbc.query(
                "select id from task where exemption_id = ? and state = 'OPEN'",
                rs -> rs.next() ? rs.getLong(1) : null, id)), Routes.WAIT, "statement task");

        navigate(TasksView.class);
        @SuppressWarnings("unchecked")
        Grid<TaskItem> inbox = $(Grid.class).first();
        TaskItem item = inbox.getListDataView().getItems().filter(t -> t.taskId() == taskId
                && "exemption-statement".equals(t.form())).findFirst().orElseThrow();
        assertThat(TaskForms.location(item.form(), item.taskId(), item.caseId())).isEqualTo("vrijstellingen/verklaring/" + taskId);
        StatementsView toWrite = navigate(StatementsView.class);
        assertThat(toWrite.grid.getListDataView().getItems().map(TaskItem::taskId)).contains(taskId);

        StatementTaskView form = navigate(StatementTaskView.class, taskId);
        test(form.save).click();
        assertThat(form.statement.doctorName.isInvalid()).as("nothing filled in").isTrue();
        test(form.statement.doctorName).setValue("Dr. J. Jeugdarts (GGD)");
        test(form.statement.designated).click();
        form.statement.statementDate.setValue(LocalDate.now());
        test(form.statement.educationPossible).setValue("Onderwijs op de zorgboerderij, drie ochtenden.");
        test(form.medical).setValue("Chronische vermoeidheid; belastbaarheid beperkt.");
        test(form.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Verklaring opgeslagen; leerplicht kan besluiten.");

        PanelAgendaView agenda = navigate(PanelAgendaView.class);
        assertThat(agenda.grid.getListDataView().getItems().filter(r -> r.id() == id).map(ExemptionRow::educationPossible))
                .containsExactly("Onderwijs op de zorgboerderij, drie ochtenden.");
    }
}
