package nl.aanwezig.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The suggested agenda: new orange and red cases, evaluations due and overdue, worsening trends; only for its OC. */
@IntegrationTest
class AgendaSuggestionIntegrationTest {

    static final String OC = "t-oc-agenda";

    @Autowired AgendaService agenda;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    School school;
    LocalDate today;
    LocalDate meetingDay;

    @BeforeEach
    void school() {
        // a school of its own: no other test class's cases or meetings on its agenda
        school = data.school("T10AG", Sector.VO);
        data.account(OC, Role.OC, school);
        today = LocalDate.now(clock);
        meetingDay = today.plusDays(3);
    }

    @Test
    void cases_new_in_orange_or_red_since_the_previous_meeting_are_suggested() {
        long orange = fixtures.openCase(pupil("ag-orange"), CaseStage.ORANGE_PLAN, daysAgo(14));
        long red = fixtures.openCase(pupil("ag-red"), CaseStage.RED_ARRANGEMENT, daysAgo(5));
        long planOnly = fixtures.openCase(pupil("ag-plan-only"), CaseStage.ORANGE_PLAN, null);
        fixtures.plan(planOnly, school.id(), daysAgo(3), today.plusWeeks(5));
        long longAgo = fixtures.openCase(pupil("ag-orange-old"), CaseStage.ORANGE_PLAN, daysAgo(60));
        long yellow = fixtures.openCase(pupil("ag-yellow"), CaseStage.YELLOW_MONITORING, daysAgo(2));

        List<AgendaSuggestion> before = suggest();
        assertThat(reasons(before, orange)).contains(Reason.NEW_ORANGE);
        assertThat(reasons(before, red)).contains(Reason.NEW_RED);
        assertThat(reasons(before, planOnly)).as("orange since its plan was made").contains(Reason.NEW_ORANGE);
        assertThat(find(before, longAgo)).as("orange for 60 days, no previous meeting: 6 weeks back").isEmpty();
        assertThat(find(before, yellow)).isEmpty();

        // a meeting 10 days ago already saw the orange case of 14 days ago
        jdbc.update("insert into case_meeting (school_id, held_on, starts_at, created_by, created_at) values (?, ?, '14:00', ?, now())",
                school.id(), Date.valueOf(today.minusDays(10)), OC);
        List<AgendaSuggestion> after = suggest();
        assertThat(find(after, orange)).isEmpty();
        assertThat(reasons(after, red)).contains(Reason.NEW_RED);
    }

    @Test
    void evaluations_due_up_to_a_week_after_the_meeting_are_suggested_overdue_first_and_marked() {
        long due = fixtures.openCase(pupil("ag-eval-due"), CaseStage.RED_ARRANGEMENT, daysAgo(200));
        fixtures.arrangement(due, school.id(), meetingDay.plusDays(7));
        long overdue = fixtures.openCase(pupil("ag-eval-overdue"), CaseStage.ORANGE_PLAN, daysAgo(200));
        fixtures.plan(overdue, school.id(), daysAgo(200), today.minusDays(2));
        long later = fixtures.openCase(pupil("ag-eval-later"), CaseStage.ORANGE_PLAN, daysAgo(200));
        fixtures.plan(later, school.id(), daysAgo(200), meetingDay.plusDays(8));

        List<AgendaSuggestion> list = suggest();
        AgendaSuggestion late = find(list, overdue).orElseThrow();
        assertThat(late.reasons()).containsExactly(Reason.EVALUATION_OVERDUE);
        assertThat(late.overdue()).isTrue();
        assertThat(late.nextEvaluation()).isEqualTo(today.minusDays(2));
        assertThat(late.reasonText(Reason.EVALUATION_OVERDUE)).isEqualTo("Evaluatie te laat (was "
                + today.minusDays(2).getDayOfMonth() + "-" + today.minusDays(2).getMonthValue() + "-"
                + today.minusDays(2).getYear() + ")");
        assertThat(reasons(list, due)).containsExactly(Reason.EVALUATION_DUE);
        assertThat(find(list, later)).as("evaluated 8 days after the meeting: not yet").isEmpty();
        assertThat(list.getFirst().overdue()).as("overdue ones first").isTrue();
        assertThat(list.indexOf(late)).isLessThan(list.indexOf(find(list, due).orElseThrow()));
    }

    @Test
    void a_clearly_worsening_trend_is_suggested_a_steady_or_slightly_lower_one_is_not() {
        Pupil worse = pupil("ag-trend-worse");
        long worseCase = fixtures.openCase(worse, CaseStage.YELLOW_MONITORING, daysAgo(200));
        fixtures.days(worse, today.minusDays(55), today.minusDays(28), 0);
        fixtures.days(worse, today.minusDays(27), today, 3);
        Pupil steady = pupil("ag-trend-steady");
        long steadyCase = fixtures.openCase(steady, CaseStage.ORANGE_PLAN, daysAgo(200));
        fixtures.days(steady, today.minusDays(55), today, 1);
        Pupil slightly = pupil("ag-trend-slight");
        long slightCase = fixtures.openCase(slightly, CaseStage.ORANGE_PLAN, daysAgo(200));
        fixtures.days(slightly, today.minusDays(55), today.minusDays(28), 0);
        // one lesson away on each of five days: 115 of 120 lessons, 95.8%
        fixtures.days(slightly, today.minusDays(27), today.minusDays(21), 1);
        fixtures.days(slightly, today.minusDays(20), today, 0);

        List<AgendaSuggestion> list = suggest();
        AgendaSuggestion drop = find(list, worseCase).orElseThrow();
        assertThat(drop.reasons()).containsExactly(Reason.TREND_WORSENING);
        // every day three of six lessons away: exactly half, against every lesson the four weeks before
        assertThat(drop.recentPct()).isEqualByComparingTo(new BigDecimal("50.0"));
        assertThat(drop.previousPct()).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(find(list, steadyCase)).isEmpty();
        assertThat(find(list, slightCase)).isEmpty();
    }

    @Test
    void a_mentor_and_another_schools_oc_are_refused_the_agenda() {
        data.account("t-mentor-agenda", Role.MENTOR, school);
        assertThatThrownBy(() -> AsUser.run("t-mentor-agenda", "MENTOR", () -> agenda.agenda(school, meetingDay)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> agenda.agenda(school, meetingDay)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is not the school of t-oc2");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = 't-oc2' and action = ? "
                + "and not allowed", Integer.class, AgendaService.ACTION)).isPositive();
    }

    private List<AgendaSuggestion> suggest() {
        return AsUser.call(OC, "OC", () -> agenda.agenda(school, meetingDay));
    }

    private Pupil pupil(String leerling) {
        return data.pupil(school, leerling, "3A", null);
    }

    private Instant daysAgo(int days) {
        return clock.instant().minus(Duration.ofDays(days));
    }

    private static Optional<AgendaSuggestion> find(List<AgendaSuggestion> list, long caseId) {
        return list.stream().filter(s -> s.caseId() == caseId).findFirst();
    }

    private static List<Reason> reasons(List<AgendaSuggestion> list, long caseId) {
        return find(list, caseId).map(AgendaSuggestion::reasons).orElse(List.of());
    }
}
