package nl.aanwezig.legal.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.timeline.CaseEvent;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoReportService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.DuoFixtures;
import nl.aanwezig.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Leerplicht's letters: templates of their own municipality, known variables only, a filled-in PDF; not for the OC. */
@IntegrationTest
class LetterIntegrationTest {

    @Autowired LetterTemplateService templates;
    @Autowired LetterService letters;
    @Autowired DuoFixtures duo;
    @Autowired DuoReportService reports;
    @Autowired CaseEvents events;
    @Autowired Clock clock;

    @Test
    void the_municipality_has_the_three_default_templates_in_plain_dutch() {
        List<LetterTemplate> own = AsUser.call("t-leerplicht", "LEERPLICHT", () -> templates.templates());
        assertThat(own).extracting(LetterTemplate::title)
                .containsExactly("Uitnodiging gesprek", "Oproep", "Halt-verwijzing");
        assertThat(own).allSatisfy(t -> assertThat(LetterVariables.unknown(t.body())).isEmpty());
    }

    @Test
    void a_template_with_an_unknown_variable_is_refused_naming_it_and_nothing_is_saved() {
        LetterTemplate t = template("t-leerplicht", "OPROEP");
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> templates.save(t.id(), t.version(),
                t.title(), t.body() + "\nVoor {leerling.naam} op {afspraak.datum}.")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messages()).extracting(UserFacingException.Message::key)
                            .containsExactly("letter.error.unknownVariable");
                    assertThat(Messages.text(e.messages().getFirst())).isEqualTo("De variabele {afspraak.datum} bestaat "
                            + "niet. Kies een variabele uit de lijst boven het sjabloon.");
                });
        assertThat(template("t-leerplicht", "OPROEP").body()).isEqualTo(t.body());
    }

    @Test
    void leerplicht_of_another_municipality_cannot_edit_the_template() {
        LetterTemplate t = template("t-leerplicht", "HALT");
        assertThatThrownBy(() -> AsUser.run("t-leerplicht-hd", "LEERPLICHT", () -> templates.save(t.id(), t.version(),
                "Eigen titel", "Tekst")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is not of the municipality of t-leerplicht-hd");
        assertThat(template("t-leerplicht", "HALT").title()).isEqualTo("Halt-verwijzing");
        // their own municipality has its own copies, with other ids
        assertThat(template("t-leerplicht-hd", "HALT").id()).isNotEqualTo(t.id());
    }

    @Test
    void the_letter_pdf_is_filled_in_from_the_dossier_and_on_the_timeline_and_the_oc_cannot_make_one() throws IOException {
        LocalDate today = LocalDate.now(clock);
        var r = duo.sixteenHours("hd-letter", today);
        DuoReport sent = AsUser.call("t-oc", "OC", () -> reports.forTask(r.reportTask().id()));
        AsUser.run("t-oc", "OC", () -> reports.report(r.reportTask().id(),
                DuoFixtures.made(sent.startDate(), sent.endDate(), today)));
        LetterTemplate invitation = template("t-leerplicht", "UITNODIGING");

        String text = text(AsUser.call("t-leerplicht", "LEERPLICHT", () -> pdf(invitation.id(), sent.id())));

        String name = r.pupil().fullName();
        assertThat(text.replaceAll("\\s+", " ")).contains("Geachte ouder(s)/verzorger(s) van " + name,
                "Van Testschool VO heb ik gehoord dat " + name + ", geboren op "
                        + LetterService.LONG_DATE.format(r.pupil().birthDate()), "Het gaat om 18 uur.",
                "De school heeft dit op " + LetterService.LONG_DATE.format(today) + " aan ons gemeld.",
                "Lea Leerplicht", "Leerplichtambtenaar, Testgemeente").doesNotContain("{");
        assertThat(events.findByCaseIdOrderByIdAsc(r.caseId())).extracting(CaseEvent::summary)
                .contains("Leerplicht: brief \"Uitnodiging gesprek\" gemaakt op " + Messages.date(today));

        assertThatThrownBy(() -> AsUser.call("t-oc", "OC", () -> pdf(invitation.id(), sent.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("t-oc", "OC", () -> templates.templates()))
                .isInstanceOf(AccessDeniedException.class);
    }

    private LetterTemplate template(String user, String kind) {
        return AsUser.call(user, "LEERPLICHT", () -> templates.templates()).stream()
                .filter(t -> t.kind().equals(kind)).findFirst().orElseThrow();
    }

    private byte[] pdf(long templateId, long reportId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        letters.pdf(templateId, reportId, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
