package nl.aanwezig.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.CaseStage;
import org.springframework.stereotype.Component;

/**
 * Calculates the suggested agenda of a school's meeting on a date (see {@link AgendaService}); no access checks:
 * callers have checked the school.
 */
@Component
class SuggestedAgenda {

    static final int WITHOUT_PREVIOUS_WEEKS = 6;
    static final int EVALUATION_LOOKAHEAD_DAYS = 7;

    /** Overdue evaluations first, then by the evaluation date, red before orange, then by name. */
    private static final Comparator<AgendaSuggestion> ORDER = Comparator
            .comparing((AgendaSuggestion s) -> !s.overdue())
            .thenComparing(s -> evaluationReason(s) ? s.nextEvaluation() : LocalDate.MAX)
            .thenComparing(s -> s.stage() != CaseStage.RED_ARRANGEMENT)
            .thenComparing(AgendaSuggestion::pupilName);

    private final AgendaQueries queries;
    private final WorseningTrends trends;
    private final FarBelowStage belowStage;
    private final Clock clock;

    SuggestedAgenda(AgendaQueries queries, WorseningTrends trends, FarBelowStage belowStage, Clock clock) {
        this.belowStage = belowStage;
        this.queries = queries;
        this.trends = trends;
        this.clock = clock;
    }

    List<AgendaSuggestion> suggest(long schoolId, LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        LocalDate previous = queries.previousMeeting(schoolId, date);
        Instant newSince = (previous != null ? previous : date.minusWeeks(WITHOUT_PREVIOUS_WEEKS))
                .atStartOfDay(TimeConfig.SCHOOL_ZONE).toInstant();
        LocalDate dueBy = date.plusDays(EVALUATION_LOOKAHEAD_DAYS);
        List<AgendaQueries.OpenCase> open = queries.openCases(schoolId);
        // the trend up to the meeting, or up to today for a meeting still to come
        LocalDate last = date.isBefore(today) ? date : today;
        Map<Long, WorseningTrends.Drop> drops = trends.worsening(
                open.stream().map(AgendaQueries.OpenCase::pupilId).toList(), last);
        Map<Long, java.math.BigDecimal> red = belowStage.redWhileNotRed(open, last);
        List<AgendaSuggestion> out = new ArrayList<>();
        for (AgendaQueries.OpenCase c : open) {
            List<Reason> reasons = new ArrayList<>();
            if (!c.stageSince().isBefore(newSince)) {
                if (c.stage() == CaseStage.ORANGE_PLAN) {
                    reasons.add(Reason.NEW_ORANGE);
                } else if (c.stage() == CaseStage.RED_ARRANGEMENT) {
                    reasons.add(Reason.NEW_RED);
                }
            }
            if (c.nextEvaluation() != null && !c.nextEvaluation().isAfter(dueBy)) {
                reasons.add(c.nextEvaluation().isBefore(today) ? Reason.EVALUATION_OVERDUE : Reason.EVALUATION_DUE);
            }
            WorseningTrends.Drop drop = drops.get(c.pupilId());
            if (drop != null) {
                reasons.add(Reason.TREND_WORSENING);
            }
            java.math.BigDecimal yearPct = red.get(c.pupilId());
            if (yearPct != null) {
                reasons.add(Reason.BELOW_RED);
            }
            if (!reasons.isEmpty()) {
                out.add(new AgendaSuggestion(c.caseId(), c.pupilId(), c.leerling(), c.pupilName(), c.stage(), reasons,
                        c.nextEvaluation(), drop == null ? null : drop.recentPct(),
                        drop == null ? null : drop.previousPct(), yearPct));
            }
        }
        out.sort(ORDER);
        return out;
    }

    private static boolean evaluationReason(AgendaSuggestion s) {
        return s.reasons().contains(Reason.EVALUATION_DUE) || s.reasons().contains(Reason.EVALUATION_OVERDUE);
    }
}
