package nl.aanwezig.legal.exemption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.LocalDate;
import nl.aanwezig.legal.exemption.ExemptionRow;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
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
}
