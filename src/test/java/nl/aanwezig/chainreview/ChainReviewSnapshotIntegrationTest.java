package nl.aanwezig.chainreview;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import nl.aanwezig.cases.CaseFigures;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The snapshot the preparation writes for all items at once: the attendance trend equal to what the case figures
 * give each pupil (half-up to one decimal, null when nothing was scheduled or the plan starts later), a pupil at 99.97%
 * back in full as the figures round it, the case facts, and the previous review's outcome.
 */
@IntegrationTest
class ChainReviewSnapshotIntegrationTest {

    static final LocalDate ON = LocalDate.of(2097, 3, 15);
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired Preparation preparation;
    @Autowired CaseFigures figures;
    @Autowired Regions regions;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_trend_equals_the_case_figures_and_the_case_facts_and_last_outcome_are_filled_for_every_item() {
        long region = regions.region("Snapshotregio keten").id();
        School school = data.school("SNVO1", Sector.VO);
        regions.assignSchool(school.id(), region);
        Pupil varied = pupil(school, "sn-varied");
        Pupil quarter = pupil(school, "sn-quarter");
        Pupil later = pupil(school, "sn-later");
        Pupil none = pupil(school, "sn-none");
        Pupil lrv = pupil(school, "sn-lrv");
        Pupil almost = pupil(school, "sn-almost");
        long variedCase = kase(varied, "ORANGE_PLAN", LocalDate.of(2097, 1, 4));
        kase(quarter, "ORANGE_PLAN", LocalDate.of(2097, 1, 4));
        long laterCase = kase(later, "RED_ARRANGEMENT", LocalDate.of(2096, 11, 2));
        kase(none, "ORANGE_PLAN", LocalDate.of(2097, 2, 1));
        plan(variedCase, LocalDate.of(2097, 2, 3), LocalDate.of(2097, 4, 1));
        plan(laterCase, LocalDate.of(2097, 4, 1), LocalDate.of(2097, 5, 1));
        jdbc.update("insert into case_event (case_id, occurred_at, type, summary) values (?, ?, 'STAGE_CHANGED', 'x')",
                variedCase, at(LocalDate.of(2097, 2, 10)));
        jdbc.update("""
                insert into case_participant (case_id, username, role, added_at, organisation)
                values (?, 'k-leerplicht', 'LEERPLICHT', now(), 'Gemeente'), (?, 'k-jeugdarts', 'JEUGDARTS', now(), null)""",
                variedCase, variedCase);
        jdbc.update("update pupil_case set regievoerder = 'k-leerplicht' where id = ?", variedCase);
        for (int i = 0; i < 70; i++) {
            LocalDate d = ON.minusDays(i);
            if (d.getDayOfWeek().getValue() <= 5) {
                day(varied, d, 300, (i * 37) % 301);
                day(quarter, d, 400, i < 28 ? 49 : 200);
                day(later, d, 300, 150);
                day(lrv, d, 300, (i * 11) % 301);
                day(almost, d, 300, i == 3 ? 299 : 300);
            }
        }
        signal(lrv, LocalDate.of(2096, 12, 1));
        signal(almost, LocalDate.of(2096, 12, 1));
        assertThat(figures.attendancePct(almost.id(), ON.minusDays(13), ON)).as("2999 of 3000 minutes")
                .isEqualByComparingTo("100.0");

        clock.set(LocalDateTime.of(ON, LocalTime.of(7, 0)));
        long first = preparation.prepare(region, "2097-Q1", "k-swv");
        Map<Long, Map<String, Object>> items = items(first);
        assertThat(items).containsOnlyKeys(varied.id(), quarter.id(), later.id(), none.id(), lrv.id());
        items.forEach((pupil, item) -> {
            LocalDate planOn = item.get("plan_on") == null ? null : ((Date) item.get("plan_on")).toLocalDate();
            assertThat((BigDecimal) item.get("recent_pct")).as("recent of " + pupil)
                    .isEqualTo(figures.attendancePct(pupil, ON.minusDays(27), ON));
            assertThat((BigDecimal) item.get("previous_pct")).as("previous of " + pupil)
                    .isEqualTo(figures.attendancePct(pupil, ON.minusDays(55), ON.minusDays(28)));
            assertThat((BigDecimal) item.get("since_plan_pct")).as("since the plan of " + pupil)
                    .isEqualTo(planOn == null ? null : figures.attendancePct(pupil, planOn, ON));
        });
        assertThat((BigDecimal) items.get(quarter.id()).get("recent_pct")).as("49 of 400: 12.25 half-up")
                .isEqualByComparingTo("12.3");
        assertThat((BigDecimal) items.get(quarter.id()).get("previous_pct")).isEqualByComparingTo("50.0");
        assertThat(items.get(later.id()).get("since_plan_pct")).as("the plan starts after the day").isNull();
        assertThat(items.get(none.id()).get("recent_pct")).as("nothing scheduled").isNull();

        Map<String, Object> v = items.get(varied.id());
        assertThat(v.get("stage")).isEqualTo("ORANGE_PLAN");
        assertThat(v.get("stage_since")).isEqualTo(Date.valueOf(LocalDate.of(2097, 2, 10)));
        assertThat(v.get("first_signal_on")).isEqualTo(Date.valueOf(LocalDate.of(2097, 1, 4)));
        assertThat(v.get("plan_on")).isEqualTo(Date.valueOf(LocalDate.of(2097, 2, 3)));
        assertThat(v.get("regievoerder_org")).isEqualTo("Gemeente");
        assertThat(v.get("partners")).isEqualTo("JEUGDARTS, LEERPLICHT (Gemeente)");
        assertThat(v.get("consent")).isEqualTo("NONE");
        assertThat(v.get("next_evaluation")).isEqualTo(Date.valueOf(LocalDate.of(2097, 4, 1)));
        assertThat(items.get(quarter.id()).get("regievoerder_org")).as("no regievoerder: the school")
                .isEqualTo(school.name());
        assertThat(v.get("last_review_outcome")).isNull();

        jdbc.update("update chain_review_item set good_things = 'Goed contact', right_people = '' where id = ?",
                v.get("id"));
        jdbc.update("update chain_review_item set good_things = ' ' where review_id = ? and id <> ?", first, v.get("id"));
        clock.set(LocalDateTime.of(ON.plusMonths(3), LocalTime.of(7, 0)));
        long second = preparation.prepare(region, "2097-Q2", "k-swv");
        Map<Long, Map<String, Object>> next = items(second);
        assertThat(next.get(varied.id()).get("last_review_outcome")).isEqualTo("Goed contact");
        assertThat(next.get(quarter.id()).get("last_review_outcome")).as("only blanks").isNull();
        assertThat(next.get(varied.id()).get("subject_id")).isEqualTo(v.get("subject_id"));
    }

    private Pupil pupil(School school, String leerling) {
        return data.pupil(school, leerling, "1A", null);
    }

    private long kase(Pupil p, String stage, LocalDate opened) {
        return jdbc.queryForObject("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at) values (?, ?, 'OPEN', ?, ?)
                returning id""", Long.class, p.id(), p.schoolId(), stage, at(opened));
    }

    private void plan(long caseId, LocalDate started, LocalDate next) {
        jdbc.update("""
                insert into support_plan (case_id, school_id, status, started_on, evaluation_weeks, next_evaluation,
                                          created_by, created_at, updated_by, updated_at)
                select id, school_id, 'ACTIVE', ?, 6, ?, 'k-oc', now(), 'k-oc', now() from pupil_case where id = ?""",
                Date.valueOf(started), Date.valueOf(next), caseId);
    }

    private void day(Pupil p, LocalDate d, int scheduled, int present) {
        jdbc.update("""
                insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                    authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
                values (?, ?, ?, ?, ?, 0, ?, 0, 0, false)""", p.id(), Date.valueOf(d), p.schoolId(), scheduled,
                present, scheduled - present);
    }

    private void signal(Pupil p, LocalDate start) {
        jdbc.update("""
                insert into signal (school_id, pupil_id, type, start_date, end_date, detail, created_at)
                values (?, ?, 'LRV', ?, ?, 'langdurig relatief verzuim', now())""", p.schoolId(), p.id(),
                Date.valueOf(start), Date.valueOf(start.plusWeeks(4)));
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).atZone(ZONE).toInstant());
    }

    /** The review's items by pupil id. */
    private Map<Long, Map<String, Object>> items(long reviewId) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select rs.pupil_id, i.* from chain_review_item i join review_subject rs on rs.id = i.subject_id
                where i.review_id = ?""", reviewId);
        return rows.stream().collect(java.util.stream.Collectors.toMap(r -> (Long) r.get("pupil_id"), r -> r));
    }
}
