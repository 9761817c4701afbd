package nl.aanwezig.legal.letters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoReportService;
import nl.aanwezig.legal.duo.ui.VerzuimmeldingenView;
import nl.aanwezig.legal.letters.LetterTemplate;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.DuoFixtures;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Leerplicht edits the municipality's templates on Brieven, and makes a letter from an open report. */
@IntegrationTest
class LetterViewsTest extends SpringBrowserlessTest {

    @Autowired DuoFixtures duo;
    @Autowired DuoReportService reports;
    @Autowired Clock clock;

    @Test
    @WithMockUser(username = "t-leerplicht-hd", roles = "LEERPLICHT")
    void the_template_editor_names_an_unknown_variable_and_saves_a_correct_template() {
        LetterTemplatesView view = navigate(LetterTemplatesView.class);
        assertThat(view.heading.getText()).isEqualTo("Briefsjablonen van Andere testgemeente");
        assertThat(view.template.getListDataView().getItems().map(LetterTemplate::title))
                .containsExactly("Uitnodiging gesprek", "Oproep", "Halt-verwijzing");
        test(view.template).selectItem("Halt-verwijzing");

        test(view.body).setValue(view.body.getValue() + "\nMet {ouder.naam}.");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).contains("De variabele {ouder.naam} bestaat niet.");

        test(view.title).setValue("Halt-verwijzing (aangepast)");
        test(view.body).setValue("{ouder.aanhef},\n\nUw kind {leerling.naam} wordt verwezen naar Halt.");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Sjabloon opgeslagen.");
        assertThat(view.template.getValue().title()).isEqualTo("Halt-verwijzing (aangepast)");
        assertThat(view.lastSaved.getText()).startsWith("Laatst opgeslagen door Lotte Leerplicht (andere gemeente) op");
    }

    @Test
    @WithMockUser(username = "t-leerplicht", roles = "LEERPLICHT")
    void an_opened_report_offers_the_municipalitys_letters_as_pdf() {
        LocalDate today = LocalDate.now(clock);
        var r = duo.sixteenHours("hd-letter-ui", today);
        DuoReport sent = AsUser.call("t-oc", "OC", () -> reports.forTask(r.reportTask().id()));
        AsUser.run("t-oc", "OC", () -> reports.report(r.reportTask().id(),
                DuoFixtures.made(sent.startDate(), sent.endDate(), today)));

        navigate("verzuimmeldingen", VerzuimmeldingenView.class);
        assertThat($(LetterPanel.class).all()).as("no report open: no letter to make").isEmpty();
        UI.getCurrent().navigate(VerzuimmeldingenView.class,
                QueryParameters.simple(Map.of("melding", String.valueOf(sent.id()))));
        LetterPanel panel = $(LetterPanel.class).single();
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.template.getListDataView().getItems().map(LetterTemplate::title)).contains("Oproep");
        assertThat(panel.pdf.getText()).isEqualTo("Brief als PDF");
    }
}
