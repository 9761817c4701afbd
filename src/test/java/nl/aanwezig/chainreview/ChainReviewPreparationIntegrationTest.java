package nl.aanwezig.chainreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The list a review is prepared with, against a region seeded here and the expectations worked out by hand: who is in
 * and why, the thuiszitter categories and their durations, pseudonyms stable across quarters, and the registration
 * keeping a pupil who returned, with a status.
 */
@IntegrationTest
class ChainReviewPreparationIntegrationTest {

    static final LocalDate MARCH = LocalDate.of(2027, 3, 15);
    static final LocalDate JUNE = LocalDate.of(2027, 6, 14);

    @Autowired ChainReviewSeed seed;
    @Autowired Preparation preparation;
    @Autowired ChainReviews reviews;
    @Autowired Thuiszitters thuiszitters;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_list_holds_orange_red_lrv_5a_and_absolute_with_their_categories_and_a_returned_pupil_stays_registered() {
        long region = seed.region("Testregio keten");
        Pupil orange = seed.pupil("K1VO", "crp-orange");
        Pupil red = seed.pupil("K2PO", "crp-red");
        Pupil lrv2a = seed.pupil("K1VO", "crp-2a");
        Pupil lrv2b = seed.pupil("K1VO", "crp-2b");
        Pupil back = seed.pupil("K1VO", "crp-back");
        Pupil exempt = seed.pupil("K2PO", "crp-5a");
        Pupil yellow = seed.pupil("K1VO", "crp-yellow");
        seed.openCase(orange, "ORANGE_PLAN", LocalDate.of(2027, 1, 4));
        seed.openCase(red, "RED_ARRANGEMENT", LocalDate.of(2026, 11, 2));
        seed.openCase(yellow, "YELLOW_MONITORING", LocalDate.of(2027, 1, 4));
        seed.lrvSignal(lrv2a, LocalDate.of(2027, 2, 1));
        seed.lrvSignal(lrv2b, LocalDate.of(2026, 11, 2));
        seed.lrvSignal(back, LocalDate.of(2027, 1, 4));
        seed.attendsFully(back, MARCH.minusDays(13), MARCH);
        seed.exemption5a(exempt, "k-leerplicht", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 7, 31));
        long absent = seed.absoluteAbsence(region, "Crpabs", LocalDate.of(2013, 4, 2), LocalDate.of(2027, 1, 11));

        at(MARCH);
        long march = preparation.prepare(region, "2098-Q1", "k-swv");

        Map<Long, Item> items = items(march);
        assertThat(items.keySet()).as("orange, red, 2a, 2b, 5a and the child enrolled nowhere; not yellow, not back")
                .contains(orange.id(), red.id(), lrv2a.id(), lrv2b.id(), exempt.id(), -absent)
                .doesNotContain(back.id(), yellow.id());
        assertThat(items.get(orange.id()).reasons()).isEqualTo("ORANGE");
        assertThat(items.get(orange.id()).category()).isNull();
        assertThat(items.get(red.id()).reasons()).isEqualTo("RED");
        assertThat(items.get(lrv2a.id()).category()).isEqualTo("2A");
        assertThat(items.get(lrv2b.id()).category()).isEqualTo("2B");
        assertThat(items.get(exempt.id()).category()).isEqualTo("5A");
        assertThat(items.get(-absent).category()).isEqualTo("ABS");

        ReviewView view = AsUser.call("k-swv", "SWV", () -> reviews.view(march));
        ReviewView.Item orangeItem = view.items().stream()
                .filter(i -> i.pseudonym().equals(items.get(orange.id()).pseudonym())).findFirst().orElseThrow();
        assertThat(orangeItem.daysSinceSignal()).as("4 January to 15 March").isEqualTo(70);
        assertThat(orangeItem.stage()).isEqualTo("ORANGE_PLAN");

        Map<String, Thuiszitters.Row> rows = registration(region);
        assertThat(rows.get(items.get(lrv2a.id()).pseudonym()).days()).isEqualTo(ChronoUnit.DAYS.between(
                LocalDate.of(2027, 2, 1), MARCH));
        assertThat(rows.get(items.get(lrv2b.id()).pseudonym()).days()).isEqualTo(133);
        assertThat(rows.get(items.get(-absent).pseudonym()).category()).isEqualTo("ABS");

        assertThat(preparation.prepare(region, "2098-Q1", "k-swv")).as("a quarter is prepared once").isEqualTo(march);
        assertThat(items(march)).hasSameSizeAs(items);

        // June: the 2b pupil attended every lesson of the last two weeks; the 2a pupil is over three months now
        seed.attendsFully(lrv2b, JUNE.minusDays(13), JUNE);
        at(JUNE);
        long june = preparation.prepare(region, "2098-Q2", "k-swv");
        Map<Long, Item> juneItems = items(june);
        assertThat(juneItems).doesNotContainKey(lrv2b.id());
        assertThat(juneItems.get(lrv2a.id()).category()).isEqualTo("2B");
        assertThat(juneItems.get(lrv2a.id()).pseudonym()).as("the same pseudonym across quarters")
                .isEqualTo(items.get(lrv2a.id()).pseudonym());
        Thuiszitters.Row returned = registration(region).get(items.get(lrv2b.id()).pseudonym());
        assertThat(returned).as("never deleted").isNotNull();
        assertThat(returned.status()).isEqualTo("BACK_FULL");
        assertThat(returned.statusOn()).isEqualTo(JUNE);
        assertThat(returned.firstQuarter()).isEqualTo("2098-Q1");
    }

    record Item(long subject, String pseudonym, String reasons, String category) {
    }

    /** The review's items by pupil id, or by minus the id of a child enrolled nowhere. */
    private Map<Long, Item> items(long reviewId) {
        List<Map.Entry<Long, Item>> rows = jdbc.query("""
                select coalesce(rs.pupil_id, -rs.absolute_absence_id), rs.id, rs.pseudonym, i.reasons, i.category
                from chain_review_item i join review_subject rs on rs.id = i.subject_id where i.review_id = ?""",
                (rs, n) -> Map.entry(rs.getLong(1), new Item(rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))), reviewId);
        return rows.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Thuiszitters.Row> registration(long region) {
        return AsUser.call("k-swv", "SWV", () -> thuiszitters.registration(region)).stream()
                .collect(Collectors.toMap(Thuiszitters.Row::pseudonym, Function.identity()));
    }

    private void at(LocalDate day) {
        clock.set(LocalDateTime.of(day, LocalTime.of(7, 0)));
    }
}
