package nl.aanwezig.chainreview.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The review's report as PDF: shared, so every pupil under their pseudonym, whoever makes it. */
@IntegrationTest
class ReviewReportIntegrationTest {

    static final String TAG = "rpt";
    static ReviewFixture.Built built;

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired Preparation preparation;
    @Autowired ChainReviewMeeting meeting;
    @Autowired ReviewActions actions;
    @Autowired ChainReviews reviews;
    @Autowired ReviewReport report;

    @BeforeEach
    void setUp() {
        if (built == null) {
            built = ReviewFixture.build(jdbc, clock, preparation, meeting, actions, TAG, "2081-Q2");
        }
    }

    @Test
    void the_report_names_the_pupils_by_pseudonym_only_even_for_the_oc_who_sees_their_names_on_screen()
            throws IOException {
        ReviewFixture.Pupil orange = built.pupil("-o");
        ReviewView onScreen = AsUser.call("k-oc", "OC", () -> reviews.view(built.reviewId()));
        assertThat(onScreen.items()).filteredOn(ReviewView.Item::pseudonym, orange.pseudonym())
                .extracting(ReviewView.Item::named).containsExactly(true);
        String text = text(AsUser.call("k-oc", "OC", () -> pdf(built.reviewId())));
        String packed = text.replaceAll("\\s+", "");
        for (ReviewFixture.Pupil p : built.pupils().values()) {
            assertThat(packed).contains(p.pseudonym());
            assertThat(text).doesNotContain(p.firstName()).doesNotContain(p.lastName());
        }
    }

    @Test
    void the_report_has_the_meeting_the_figures_the_answers_the_actions_and_the_rode_draad() throws IOException {
        String packed = text(AsUser.call("k-swv", "SWV", () -> pdf(built.reviewId()))).replaceAll("\\s+", "");
        assertThat(packed).contains("KetenoverlegTestregioketen,2081-Q2", "Vastgelopencasussenvlottrekken",
                "Taakuithetprivacyconvenantvanderegio", "Samenwerkingsverband", "Thuiszitterspercategorie",
                "Casussenperfase", "Oranje:planpatronendoorbreken", "Rood:zorg-onderwijsarrangement",
                "Ja,hetplanloopt" + TAG, "Huisbezoekplannen" + TAG, "Wachtlijstjeugdzorg" + TAG,
                "EerderopschalennaarhetSWV" + TAG, "Geen.");
    }

    @Test
    void making_the_report_is_audited_with_the_user() {
        AsUser.call("k-jeugdarts", "JEUGDARTS", () -> pdf(built.reviewId()));
        assertThat(jdbc.queryForList("select detail from audit_log where username = 'k-jeugdarts' and action = ?",
                String.class, ReviewReport.MADE)).anyMatch(d -> d.startsWith("review " + built.reviewId() + " (2081-Q2)"));
    }

    @Test
    void the_swv_of_another_region_is_refused_the_report() {
        assertThatThrownBy(() -> AsUser.call("k-swv-ander", "SWV", () -> pdf(built.reviewId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private byte[] pdf(long reviewId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.pdf(reviewId, out);
        return out.toByteArray();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
