package nl.aanwezig.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The casusoverleg minutes as PDF: meeting, attendees, per case the minutes and decisions; only the school's OC. */
@IntegrationTest
class MinutesDocumentIntegrationTest {

    static final String OC = "t-oc-co";

    @Autowired MinutesDocument document;
    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_minutes_pdf_has_the_attendees_the_minutes_and_each_decision_with_its_owner() throws IOException {
        Pupil pupil = data.pupil(schools.findByBrin("T10VO").orElseThrow(), "hd-minutes-pdf", "2C", "t-mentor-co");
        long caseId = fixtures.openCase(pupil, CaseStage.ORANGE_PLAN, null);
        LocalDate today = LocalDate.now(TimeConfig.SCHOOL_ZONE);
        long meetingId = AsUser.call(OC, "OC", () -> {
            long id = meetings.plan(new MeetingForm(today, LocalTime.of(14, 0), Set.of(OC, "t-mentor-co"),
                    "Anna de Vries, jeugd- en gezinscoach"));
            meetings.putOnAgenda(id, caseId, List.of());
            long itemId = meetings.meeting(id).items().getFirst().id();
            minutes.save(itemId, 0, new MinutesForm("Leerling mist vooral maandagen.", List.of(
                    new MinutesForm.DecisionForm("Huisbezoek plannen", "t-mentor-co", today.plusDays(7)))));
            return id;
        });

        String text = text(AsUser.call(OC, "OC", () -> pdf(meetingId)));

        assertThat(text).contains("Notulen casusoverleg Casusoverlegschool VO, " + Messages.date(today),
                "Olga OC (casusoverleg)", "Anna de Vries", pupil.fullName() + " (hd-minutes-pdf)",
                "Leerling mist vooral maandagen.", "Huisbezoek plannen", "Mira Mentor (casusoverleg)",
                Messages.date(today.plusDays(7)));
        assertThatThrownBy(() -> AsUser.call("t-oc2", "OC", () -> pdf(meetingId)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is not the school of t-oc2");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = ? and username = 't-oc2' "
                + "and not allowed", Integer.class, MinutesDocument.MADE)).isPositive();
    }

    private byte[] pdf(long meetingId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.pdf(meetingId, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
