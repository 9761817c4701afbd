package nl.aanwezig.legal.absolute.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.legal.absolute.AbsenceRow;
import nl.aanwezig.legal.absolute.AbsenceStatus;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.AbsoluteAbsenceProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Leerplicht registers a child without a school on the screen and follows it up from the task; the SWV reads. */
@IntegrationTest
@WithMockUser(username = "t-lp-regio", roles = "LEERPLICHT")
class AbsoluteAbsenceViewsTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    void fill(AbsoluteAbsenceView view, String lastName, LocalDate since) {
        LocalDate today = LocalDate.now(clock);
        test(view.form.firstName).setValue("Eva");
        test(view.form.lastName).setValue(lastName);
        view.form.birthDate.setValue(today.minusYears(12));
        view.form.since.setValue(since);
        test(view.form.action).setValue("Aanmelding bij twee VO-scholen.");
    }

    @Test
    void leerplicht_registers_a_child_finds_it_in_the_list_and_closes_it_from_the_task() {
        LocalDate today = LocalDate.now(clock);
        AbsoluteAbsenceView view = navigate(AbsoluteAbsenceView.class);
        assertThat(view.form.isVisible()).isTrue();
        fill(view, "Scherm", today.minusWeeks(5));
        test(view.form.save).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Geregistreerd; de opvolging staat over vier weken in je takenlijst.");
        AbsenceRow row = view.grid.getListDataView().getItems().filter(r -> r.name().equals("Eva Scherm"))
                .findFirst().orElseThrow();
        assertThat(row.age()).isEqualTo(12);
        assertThat(row.weeksAtHome()).isEqualTo(5);
        assertThat(row.status()).isEqualTo(AbsenceStatus.OPEN);

        long taskId = Eventually.get(() -> jdbc.query("""
                select id from task where absolute_absence_id = ? and element_id = ? and state = 'OPEN'""",
                (rs, i) -> rs.getLong(1), row.id(), AbsoluteAbsenceProcess.FOLLOW_UP).stream().findFirst(),
                Routes.WAIT, "follow-up task");
        AbsenceFollowUpView form = navigate(AbsenceFollowUpView.class, taskId);
        assertThat(form.intro.getText()).startsWith("Eva Scherm, geboren ");
        form.status.setValue(AbsenceStatus.ENROLLED);
        test(form.enrolledAt).setValue("Het Lyceum");
        test(form.save).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Opvolging vastgelegd.");
        assertThat(jdbc.queryForObject("select status from absolute_absence where id = ?", String.class, row.id()))
                .isEqualTo("ENROLLED");
    }

    @Test
    void a_first_day_in_the_future_is_refused_on_its_field_and_nothing_is_saved() {
        int before = jdbc.queryForObject("select count(*) from absolute_absence", Integer.class);
        AbsoluteAbsenceView view = navigate(AbsoluteAbsenceView.class);
        fill(view, "Toekomst", LocalDate.now(clock).plusDays(3));
        test(view.form.save).click();

        assertThat(view.form.since.isInvalid()).isTrue();
        assertThat(view.form.since.getErrorMessage()).isEqualTo("De eerste dag zonder school ligt in de toekomst.");
        assertThat(jdbc.queryForObject("select count(*) from absolute_absence", Integer.class)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "t-swv-regio", roles = "SWV")
    void the_swv_reads_the_regions_list_without_the_form() {
        AbsoluteAbsenceView view = navigate(AbsoluteAbsenceView.class);
        assertThat(view.form.isVisible()).isFalse();
        assertThat(Optional.ofNullable(view.grid.getListDataView())).isPresent();
    }
}
