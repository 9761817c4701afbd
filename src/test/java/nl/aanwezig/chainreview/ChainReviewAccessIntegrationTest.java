package nl.aanwezig.chainreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Pseudonymised by default: who sees which pupil's name in a review, per role, who may not open it at all, and that
 * every opening is audited.
 */
@IntegrationTest
class ChainReviewAccessIntegrationTest {

    static final LocalDate DAY = LocalDate.of(2027, 4, 20);

    @Autowired ChainReviewSeed seed;
    @Autowired Preparation preparation;
    @Autowired ChainReviews reviews;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    long review;
    Pupil vo;
    Pupil po;
    long absent;

    @BeforeEach
    void prepare() {
        clock.set(LocalDateTime.of(DAY, LocalTime.of(7, 0)));
        long region = seed.region("Testregio keten");
        vo = seed.pupil("K1VO", "cra-vo");
        po = seed.pupil("K2PO", "cra-po");
        long voCase = jdbc.query("select id from pupil_case where pupil_id = ? and status = 'OPEN'",
                (rs, i) -> rs.getLong(1), vo.id()).stream().findFirst()
                .orElseGet(() -> seed.openCase(vo, "ORANGE_PLAN", DAY.minusWeeks(10)));
        if (jdbc.queryForObject("select count(*) from case_participant where case_id = ?", Integer.class, voCase) == 0) {
            seed.participant(voCase, "k-jeugdarts", "JEUGDARTS", "GGD");
        }
        if (jdbc.queryForObject("select count(*) from pupil_case where pupil_id = ?", Integer.class, po.id()) == 0) {
            seed.openCase(po, "RED_ARRANGEMENT", DAY.minusWeeks(20));
            seed.absoluteAbsence(region, "Cranergens", LocalDate.of(2014, 1, 9), DAY.minusWeeks(8));
        }
        absent = jdbc.queryForObject("select id from absolute_absence where first_name = 'Cranergens'", Long.class);
        review = preparation.prepare(region, "2098-Q3", "k-swv");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_oc_of_the_pupils_school_sees_the_name_and_the_oc_of_another_school_the_pseudonym() {
        assertThat(label("k-oc", "OC", vo)).isEqualTo("Kimcra-vo Test");
        assertThat(label("k-oc", "OC", po)).startsWith("Leerling R-");
        assertThat(label("k-oc2", "OC", po)).isEqualTo("Kimcra-po Test");
        assertThat(label("k-oc2", "OC", vo)).startsWith("Leerling R-");
    }

    @Test
    void the_chair_sees_every_pupil_pseudonymised_and_no_dossier_link() {
        ReviewView view = AsUser.call("k-swv", "SWV", () -> reviews.view(review));
        assertThat(view.items()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.named()).isFalse();
            assertThat(i.label()).matches("Leerling R-\\d{4}");
            assertThat(i.caseId()).isNull();
        });
    }

    @Test
    void a_jeugdarts_sees_the_name_of_a_case_she_takes_part_in_only() {
        assertThat(label("k-jeugdarts", "JEUGDARTS", vo)).isEqualTo("Kimcra-vo Test");
        assertThat(label("k-jeugdarts", "JEUGDARTS", po)).startsWith("Leerling R-");
    }

    @Test
    void leerplicht_sees_the_child_it_registered_as_enrolled_nowhere_and_not_the_pupils_of_cases_it_is_not_in() {
        ReviewView view = AsUser.call("k-leerplicht", "LEERPLICHT", () -> reviews.view(review));
        assertThat(view.items()).anyMatch(i -> i.label().equals("Cranergens Nergens") && i.category().equals("ABS"));
        assertThat(label("k-leerplicht", "LEERPLICHT", vo)).startsWith("Leerling R-");
        assertThat(AsUser.call("k-swv", "SWV", () -> reviews.view(review)).items())
                .noneMatch(i -> i.label().contains("Cranergens"));
    }

    @Test
    void an_swv_of_another_region_and_a_mentor_are_refused_and_the_refusal_is_audited() {
        assertThatThrownBy(() -> AsUser.call("k-swv-ander", "SWV", () -> reviews.view(review)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not a participant");
        assertThatThrownBy(() -> AsUser.call("k-mentor", "MENTOR", () -> reviews.view(review)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("not a participant");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where username = 'k-swv-ander' and not allowed
                and detail like 'chain review of region %'""", Integer.class)).isPositive();
    }

    @Test
    void every_opening_is_audited_with_how_many_names_were_shown_and_in_the_log_of_each_pupil_seen_by_name() {
        String openings = "select count(*) from audit_log where username = 'k-oc' and action = ? and pupil_id is null";
        String ofPupil = "select count(*) from audit_log where username = 'k-oc' and action = ? and pupil_id = ?";
        int before = jdbc.queryForObject(openings, Integer.class, ChainReviews.VIEWED);
        int voBefore = jdbc.queryForObject(ofPupil, Integer.class, ChainReviews.VIEWED, vo.id());
        int poBefore = jdbc.queryForObject(ofPupil, Integer.class, ChainReviews.VIEWED, po.id());
        AsUser.call("k-oc", "OC", () -> reviews.view(review));
        assertThat(jdbc.queryForObject(openings, Integer.class, ChainReviews.VIEWED)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select detail from audit_log where username = 'k-oc' and action = ? and pupil_id is null
                order by id desc limit 1""", String.class, ChainReviews.VIEWED))
                .contains("review " + review).contains("named");
        assertThat(jdbc.queryForObject(ofPupil, Integer.class, ChainReviews.VIEWED, vo.id()))
                .as("named: in the pupil's access log").isEqualTo(voBefore + 1);
        assertThat(jdbc.queryForObject(ofPupil, Integer.class, ChainReviews.VIEWED, po.id()))
                .as("pseudonymised: not").isEqualTo(poBefore);
    }

    private String label(String user, String role, Pupil pupil) {
        String pseudonym = jdbc.queryForObject("select pseudonym from review_subject where pupil_id = ?", String.class,
                pupil.id());
        return AsUser.call(user, role, () -> reviews.view(review)).items().stream()
                .filter(i -> i.pseudonym().equals(pseudonym)).findFirst().orElseThrow().label();
    }
}
