package nl.aanwezig.chainreview.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.figures.RegionReport.Counts;
import nl.aanwezig.chainreview.figures.RegionReport.Movement;
import nl.aanwezig.chainreview.figures.RegionReport.SchoolMedian;
import nl.aanwezig.chainreview.figures.RegionReport.ThuisQuarter;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The region figures and rode-draad suggestions against a region of their own ({@link FiguresRegion}), each expected
 * figure computed here from the facts the seed wrote, not read back from the database.
 */
@IntegrationTest
class RegionFiguresIntegrationTest {

    /** Each subject's stage in the Q1 and the Q2 review as the seed made it ("" = no case, null = not reviewed). */
    static final Map<String, String[]> STAGES = new LinkedHashMap<>();

    static {
        STAGES.put("p1", new String[] {"ORANGE_PLAN", "RED_ARRANGEMENT"});
        STAGES.put("p2", new String[] {"ORANGE_PLAN", "ORANGE_PLAN"});
        STAGES.put("p3", new String[] {"RED_ARRANGEMENT", null});
        STAGES.put("p4", new String[] {null, "ORANGE_PLAN"});
        STAGES.put("p5", new String[] {"", ""});
        STAGES.put("p6", new String[] {"", null});
        STAGES.put("p7", new String[] {"ORANGE_PLAN", "ORANGE_PLAN"});
    }

    @Autowired FiguresRegion region;
    @Autowired RegionFigures figures;
    @Autowired RodeDraadSuggestions suggestions;
    @Autowired FiguresService attendance;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;
    FiguresRegion.Seeded seeded;

    @BeforeEach
    void seed() {
        seeded = region.seed();
    }

    @Test
    void thuiszitters_per_category_per_quarter_count_new_solved_open_and_over_three_months() {
        RegionReport report = AsUser.call(FiguresRegion.CHAIR, "SWV", () -> figures.report(seeded.regionId()));
        // p5: LRV since 20-12-2098, 2a at Q1 (under 3 months), 2b at Q2; p6: LRV since 1-10-2098, 2b at Q1, back in
        // full on Q2's day (status date 10-5-2099, in Q2)
        Map<String, Map<String, Counts>> expected = new TreeMap<>();
        expected.put("2099-Q1", Map.of("2A", new Counts(1, 0, 1), "2B", new Counts(1, 0, 1)));
        expected.put("2099-Q2", Map.of("2B", new Counts(0, 1, 1)));
        assertThat(report.thuiszitters()).extracting(ThuisQuarter::quarter).containsExactly("2099-Q1", "2099-Q2");
        for (ThuisQuarter q : report.thuiszitters()) {
            for (String c : RegionReport.CATEGORIES) {
                assertThat(q.of(c)).as(q.quarter() + " " + c)
                        .isEqualTo(expected.get(q.quarter()).getOrDefault(c, Counts.NONE));
            }
            assertThat(q.overThreeMonths()).as(q.quarter()).isEqualTo(1);
        }
    }

    @Test
    void cases_per_stage_per_quarter_and_the_movement_since_the_last_review_follow_the_subjects() {
        RegionReport report = AsUser.call(FiguresRegion.CHAIR, "SWV", () -> figures.report(seeded.regionId()));
        List<Map<String, Integer>> perQuarter = List.of(new HashMap<>(), new HashMap<>());
        Map<String, Integer> moves = new HashMap<>();
        STAGES.forEach((pupil, s) -> {
            for (int q = 0; q < 2; q++) {
                if (s[q] != null && !s[q].isEmpty()) {
                    perQuarter.get(q).merge(s[q], 1, Integer::sum);
                }
            }
            String from = s[0] == null ? Movement.NEW : s[0].isEmpty() ? Movement.NONE : s[0];
            String to = s[1] == null ? Movement.GONE : s[1].isEmpty() ? Movement.NONE : s[1];
            moves.merge(from + ">" + to, 1, Integer::sum);
        });
        assertThat(report.stages()).hasSize(2);
        assertThat(report.stages().get(0).byStage()).isEqualTo(perQuarter.get(0));
        assertThat(report.stages().get(1).byStage()).isEqualTo(perQuarter.get(1));
        assertThat(report.previousQuarter()).isEqualTo("2099-Q1");
        assertThat(report.latestQuarter()).isEqualTo("2099-Q2");
        Map<String, Integer> shown = new HashMap<>();
        report.movement().forEach(m -> shown.put(m.from() + ">" + m.to(), m.count()));
        assertThat(shown).isEqualTo(moves).containsEntry("ORANGE_PLAN>RED_ARRANGEMENT", 1)
                .containsEntry("NEW>ORANGE_PLAN", 1).containsEntry("RED_ARRANGEMENT>GONE", 1);
    }

    @Test
    void the_median_days_from_first_signal_to_plan_per_school_are_of_the_latest_reviews_cases() {
        RegionReport report = AsUser.call(FiguresRegion.CHAIR, "SWV", () -> figures.report(seeded.regionId()));
        // Q2's cases with a plan: VO p1 (20-11-2098 to 25-12-2098) and p7 (1-1 to 11-1-2099); PO p4 (1-3 to 1-4-2099);
        // VO p2 has no plan
        Map<Long, List<Long>> days = new HashMap<>();
        days.put(seeded.vo(), new ArrayList<>(List.of(days(2098, 11, 20, 2098, 12, 25), days(2099, 1, 1, 2099, 1, 11))));
        days.put(seeded.po(), new ArrayList<>(List.of(days(2099, 3, 1, 2099, 4, 1))));
        assertThat(report.medians()).hasSize(2);
        for (SchoolMedian m : report.medians()) {
            assertThat(m.median()).as(m.school()).isEqualByComparingTo(median(days.get(m.schoolId())));
            assertThat(m.withPlan()).as(m.school()).isEqualTo(days.get(m.schoolId()).size());
            assertThat(m.withoutPlan()).as(m.school()).isEqualTo(m.schoolId() == seeded.vo() ? 1 : 0);
        }
    }

    @Test
    void each_school_has_its_pyramid_from_the_attendance_modules_breakdown_of_the_region() {
        clock.set(FiguresRegion.Q2_ON.atTime(12, 0));
        try {
            RegionReport report = AsUser.call(FiguresRegion.CHAIR, "SWV", () -> figures.report(seeded.regionId()));
            var breakdown = attendance.breakdown(new Scope.OfRegion(seeded.regionId()), Period.schoolYear(2098),
                    FiguresService.GroupBy.SCHOOL).groups();
            assertThat(report.schoolYear()).isEqualTo(2098);
            assertThat(report.pyramids()).extracting(RegionReport.SchoolPyramid::schoolId)
                    .containsExactlyInAnyOrder(seeded.vo(), seeded.po());
            // pupils with registrations in school year 2098/2099: p1 and p2 at the VO school, p6 at the PO school
            report.pyramids().forEach(p -> {
                assertThat(p.pyramid()).as(p.school()).isEqualTo(breakdown.get(p.schoolId()));
                assertThat(p.pyramid().pupils()).as(p.school()).isEqualTo(p.schoolId() == seeded.vo() ? 2 : 1);
            });
        } finally {
            clock.reset();
        }
    }

    @Test
    void the_suggestions_name_the_sat_group_the_weekday_class_and_level_the_missing_plans_and_the_handovers() {
        List<Suggestion> found = AsUser.call(FiguresRegion.CHAIR, "SWV", () -> suggestions.forReview(seeded.q2()));
        Map<Suggestion.Kind, Suggestion> byKind = new LinkedHashMap<>();
        found.forEach(s -> byKind.putIfAbsent(s.kind(), s));
        // FAMILY known in p1's and p2's analyses; CHILD only in p1's (under the minimum of 2); ENVIRONMENT only unknown
        assertThat(found.stream().filter(s -> s.kind() == Suggestion.Kind.SAT_FACTOR)).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo(Messages.nl("chainreview.suggestion.sat",
                        Messages.nl("tier3.factor.FAMILY"), 2, casesInQ2())));
        // unauthorised minutes of Q2's pupils: p1 (2B) 200 on Tue 14-4 and 50 on Wed 15-4, p2 (3A) 100 on Tue 21-4
        long total = 350;
        long tuesday = 300;
        assertThat(LocalDate.of(2099, 4, 14).getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(byKind.get(Suggestion.Kind.WEEKDAY).text()).isEqualTo(Messages.nl("chainreview.suggestion.weekday",
                DayOfWeek.TUESDAY.getDisplayName(TextStyle.FULL, Messages.DUTCH), 5, Math.round(tuesday * 100.0 / total),
                13));
        assertThat(byKind.get(Suggestion.Kind.WEEKDAY).count()).isEqualTo(5);
        assertThat(byKind.get(Suggestion.Kind.CLASS).text()).startsWith("Klas 2B (School FGVO1)").contains("4 uur")
                .contains(Math.round(250 * 100.0 / total) + "%");
        assertThat(byKind.get(Suggestion.Kind.LEVEL).text()).startsWith("Leerjaar 2 ");
        // p2: orange since 1-12-2098 without a plan on 10-5-2099; p2 handed over twice, p1 once
        assertThat(byKind.get(Suggestion.Kind.NO_PLAN).count()).isEqualTo(1);
        assertThat(byKind.get(Suggestion.Kind.NO_PLAN).text()).isEqualTo(Messages.nl("chainreview.suggestion.noPlan", 1, 6));
        assertThat(byKind.get(Suggestion.Kind.REGIEVOERDER_CHANGES).count()).isEqualTo(1);
    }

    @Test
    void an_swv_of_another_region_and_a_mentor_are_refused_the_figures_and_the_suggestions() {
        for (String[] who : new String[][] {{"k-swv-ander", "SWV"}, {"k-mentor", "MENTOR"}}) {
            assertThatThrownBy(() -> AsUser.call(who[0], who[1], () -> figures.report(seeded.regionId())))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call(who[0], who[1], () -> suggestions.forReview(seeded.q2())))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void reading_the_figures_is_audited() {
        AsUser.call(FiguresRegion.CHAIR, "SWV", () -> figures.report(seeded.regionId()));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = ? and action = ?",
                Integer.class, FiguresRegion.CHAIR, RegionFigures.READ)).isPositive();
    }

    /** The subjects of Q2 with a case. */
    private static long casesInQ2() {
        return STAGES.values().stream().filter(s -> s[1] != null && !s[1].isEmpty()).count();
    }

    private static long days(int y1, int m1, int d1, int y2, int m2, int d2) {
        return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(y1, m1, d1), LocalDate.of(y2, m2, d2));
    }

    private static BigDecimal median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }
}
