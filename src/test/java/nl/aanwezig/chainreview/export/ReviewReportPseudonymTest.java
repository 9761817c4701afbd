package nl.aanwezig.chainreview.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.chainreview.ReviewView;
import org.junit.jupiter.api.Test;

/** The report's view of a review: whatever the user may see, the pupil is "Leerling" and the pseudonym. */
class ReviewReportPseudonymTest {

    static ReviewView named() {
        ReviewView.Summary summary = new ReviewView.Summary(7, 3, "Regio Noord", "2026-Q4", LocalDate.of(2026, 10, 19),
                LocalDate.of(2026, 11, 2), "CLOSED", 1, 1);
        ReviewView.Item item = new ReviewView.Item(11, "Fenna Bakker", true, "R-0042", 99L, "Ketenschool VO", "VO", 14,
                List.of("RED", "LRV"), "2B", LocalDate.of(2026, 5, 1), "RED_ARRANGEMENT", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 3, 1), 232L, 40L, new BigDecimal("41.5"), new BigDecimal("55.0"), null, "Karin OC",
                "Ketenschool VO", "LEERPLICHT", "GIVEN", null, null, null, "Nee, te weinig zorg", "Ja");
        ReviewView.Action action = new ReviewView.Action(5, 11L, null, "ACTION", "Huisbezoek", "k-leerplicht",
                "Kai Leerplicht", "Ketenschool VO", LocalDate.of(2026, 11, 16), null, null, "Fenna Bakker");
        return new ReviewView(summary, "k-swv", "Kim SWV", "Doel", "Convenant", null,
                List.of(new ReviewView.Attendee(1, "Kim SWV", "SWV")), List.of(item),
                List.of(new ReviewView.Theme(2, "Wachtlijst", "Eerder opschalen", "Kim SWV", Instant.now())),
                List.of(action), List.of(), true);
    }

    @Test
    void a_named_pupil_becomes_leerling_and_the_pseudonym_in_the_items_and_the_actions() {
        ReviewView view = ReviewReport.pseudonymised(named());
        assertThat(view.items()).singleElement().satisfies(i -> {
            assertThat(i.label()).isEqualTo("Leerling R-0042");
            assertThat(i.named()).isFalse();
            assertThat(i.caseId()).isNull();
        });
        assertThat(view.actions()).singleElement().extracting(ReviewView.Action::subject).isEqualTo("Leerling R-0042");
        assertThat(view.toString()).doesNotContain("Fenna").doesNotContain("Bakker");
    }

    @Test
    void the_trend_is_the_recent_minus_the_previous_percentage_with_its_sign() {
        ReviewView view = named();
        assertThat(view.items().getFirst().trend()).isEqualByComparingTo("-13.5");
    }
}
