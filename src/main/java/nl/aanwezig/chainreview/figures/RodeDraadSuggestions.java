package nl.aanwezig.chainreview.figures;

import java.math.RoundingMode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.figures.Levels;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.ReviewParticipants;
import nl.aanwezig.chainreview.figures.SuggestionQueries.AbsenceRow;
import nl.aanwezig.chainreview.figures.SuggestionQueries.FactorCount;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rode-draad themes the data of a review suggests, each one Dutch sentence with its count, for the chair to take up:
 * the SAT factor groups most often named in the reviewed cases (the latest analysis of each case, a group counted when
 * its "known" part is filled in; the {@value #TOP_FACTORS} largest, in at least {@value #MIN_CASES} cases), the
 * weekday, class and level carrying most unauthorised absence of the reviewed pupils in the
 * {@value #ABSENCE_WEEKS} weeks up to the review, the orange cases without a plan after {@value #NO_PLAN_WEEKS} weeks,
 * and the cases whose regievoerder was handed over {@value #HANDOVERS} times or more. No names.
 */
@Service
public class RodeDraadSuggestions {

    static final int TOP_FACTORS = 3;
    static final int MIN_CASES = 2;
    static final int ABSENCE_WEEKS = 13;
    static final int NO_PLAN_WEEKS = 6;
    static final int HANDOVERS = 2;

    private final SuggestionQueries queries;
    private final ChainReviews reviews;
    private final ReviewParticipants participants;
    private final AuditLog audit;

    RodeDraadSuggestions(SuggestionQueries queries, ChainReviews reviews, ReviewParticipants participants,
                         AuditLog audit) {
        this.queries = queries;
        this.reviews = reviews;
        this.participants = participants;
        this.audit = audit;
    }

    /** The suggestions for a review; refused unless the user takes part in its region's reviews. */
    @Transactional(readOnly = true)
    public List<Suggestion> forReview(long reviewId) {
        CurrentUser user = participants.require(reviews.regionOf(reviewId), "rode draad suggestions of " + reviewId);
        List<Suggestion> out = new ArrayList<>();
        int cases = queries.cases(reviewId);
        for (FactorCount f : queries.factorGroups(reviewId)) {
            if (f.cases() >= MIN_CASES && out.size() < TOP_FACTORS) {
                out.add(new Suggestion(Suggestion.Kind.SAT_FACTOR, f.cases(), Messages.nl("chainreview.suggestion.sat",
                        Messages.nl("tier3.factor." + f.group()), f.cases(), cases)));
            }
        }
        LocalDate to = queries.preparedOn(reviewId);
        absence(queries.absence(reviewId, to.minusWeeks(ABSENCE_WEEKS).plusDays(1), to), out);
        int noPlan = queries.orangeWithoutPlan(reviewId, NO_PLAN_WEEKS);
        if (noPlan > 0) {
            out.add(new Suggestion(Suggestion.Kind.NO_PLAN, noPlan,
                    Messages.nl("chainreview.suggestion.noPlan", noPlan, NO_PLAN_WEEKS)));
        }
        int changed = queries.regievoerderChanged(reviewId, HANDOVERS);
        if (changed > 0) {
            out.add(new Suggestion(Suggestion.Kind.REGIEVOERDER_CHANGES, changed,
                    Messages.nl("chainreview.suggestion.regievoerder", changed, HANDOVERS)));
        }
        audit.record(user, null, RegionFigures.READ, true, "rode draad suggestions of review " + reviewId);
        return out;
    }

    /** The weekday, the class and the level (per sector) with the most unauthorised minutes, with their share. */
    private static void absence(List<AbsenceRow> rows, List<Suggestion> out) {
        long total = rows.stream().filter(AbsenceRow::total).mapToLong(AbsenceRow::minutes).sum();
        if (total == 0) {
            return;
        }
        rows.stream().filter(r -> r.weekday() != null).max(Comparator.comparingLong(AbsenceRow::minutes)
                .thenComparing(r -> -r.weekday())).ifPresent(r -> out.add(suggestion(Suggestion.Kind.WEEKDAY,
                "chainreview.suggestion.weekday", DayOfWeek.of(r.weekday()).getDisplayName(TextStyle.FULL,
                        Messages.DUTCH), r.minutes(), total)));
        List<AbsenceRow> classes = rows.stream().filter(r -> r.classId() != null).toList();
        classes.stream().max(Comparator.comparingLong(AbsenceRow::minutes).thenComparing(AbsenceRow::className))
                .ifPresent(r -> out.add(suggestion(Suggestion.Kind.CLASS, "chainreview.suggestion.class",
                        r.className() + " (" + r.school() + ")", r.minutes(), total)));
        Map<String, Long> levels = new LinkedHashMap<>();
        for (AbsenceRow r : classes) {
            Levels.of(r.className()).ifPresent(level -> levels.merge(
                    Messages.nl("chainreview.suggestion.level." + r.sector(), level), r.minutes(), Long::sum));
        }
        levels.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .ifPresent(e -> out.add(suggestion(Suggestion.Kind.LEVEL, "chainreview.suggestion.levelText",
                        e.getKey(), e.getValue(), total)));
    }

    private static Suggestion suggestion(Suggestion.Kind kind, String key, String what, long minutes, long total) {
        int hours = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).intValue();
        long share = Math.round(minutes * 100.0 / total);
        return new Suggestion(kind, hours, Messages.nl(key, what, hours, share, ABSENCE_WEEKS));
    }
}
