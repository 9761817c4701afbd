package nl.aanwezig.chainreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The chair records how a thuiszitter left the count; the registration keeps the row with status and day. */
@IntegrationTest
class ThuiszitterStatusesIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2027, 10, 25);

    @Autowired ChainReviewSeed seed;
    @Autowired Preparation preparation;
    @Autowired ThuiszitterStatuses statuses;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_chair_records_a_move_out_of_the_region_and_the_row_stays_with_status_and_day_and_others_are_refused() {
        clock.set(LocalDateTime.of(DAY, LocalTime.of(7, 0)));
        Pupil pupil = seed.pupil("K1VO", "tzs-verhuisd");
        seed.lrvSignal(pupil, DAY.minusWeeks(9));
        long review = preparation.prepare(seed.region("Testregio keten"), "2096-Q4", "k-swv");
        long item = jdbc.queryForObject("""
                select i.id from chain_review_item i join review_subject rs on rs.id = i.subject_id
                where i.review_id = ? and rs.pupil_id = ?""", Long.class, review, pupil.id());

        assertThatThrownBy(() -> AsUser.run("k-oc", "OC", () -> statuses.set(item, Registration.Status.MOVED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("k-swv", "SWV", () -> statuses.set(item, Registration.Status.ENROLLED)))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messages().get(0).key())
                        .isEqualTo("chainreview.error.status"));
        AsUser.run("k-swv", "SWV", () -> statuses.set(item, Registration.Status.MOVED));

        var row = jdbc.queryForMap("""
                select t.status, t.status_on from thuiszitter t join review_subject rs on rs.id = t.subject_id
                where rs.pupil_id = ?""", pupil.id());
        assertThat(row.get("status")).isEqualTo("MOVED");
        assertThat(row.get("status_on").toString()).isEqualTo(DAY.toString());
    }
}
