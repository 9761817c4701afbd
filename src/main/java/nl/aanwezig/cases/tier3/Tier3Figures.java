package nl.aanwezig.cases.tier3;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.cases.CaseFigures;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an evaluation and the pupil page put beside the plan: the weekly attendance from before the plan started until
 * today, the attendance since the plan started and since the last evaluation, and the dates to mark on the line.
 * Read through {@link CasePlanService#ofPupil}, so access is checked and audited there.
 */
@Service
public class Tier3Figures {

    /** The line starts this many weeks before the plan, to show where it came from. */
    static final int WEEKS_BEFORE = 8;

    private final CasePlanService plans;
    private final FiguresService figures;
    private final CaseFigures caseFigures;
    private final Clock clock;

    Tier3Figures(CasePlanService plans, FiguresService figures, CaseFigures caseFigures, Clock clock) {
        this.caseFigures = caseFigures;
        this.plans = plans;
        this.figures = figures;
        this.clock = clock;
    }

    /** The pupil's open case with its plan and the figures beside it; empty without an open case. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public Optional<PlanFigures> ofPupil(long pupilId) {
        return plans.ofPupil(pupilId).map(this::figuresOf);
    }

    private PlanFigures figuresOf(CasePlan plan) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearStart = Period.schoolYear(Period.schoolYearOf(today)).from();
        LocalDate planStart = plan.plan() == null ? null : plan.plan().startedOn();
        LocalDate from = planStart == null || planStart.minusWeeks(WEEKS_BEFORE).isAfter(yearStart) ? yearStart
                : planStart.minusWeeks(WEEKS_BEFORE);
        if (from.isAfter(today)) {
            from = today;
        }
        // a role that does not need to know the attendance (security/NeedToKnow) gets the plan without figures
        if (!plans.attendanceShown()) {
            return new PlanFigures(plan, new FiguresService.Trend(List.of(), null), planStart,
                    plan.evaluations().stream().map(EvaluationView::heldOn).sorted().toList(), null, null);
        }
        FiguresService.Trend trend = figures.trend(plan.pupilId(), Period.custom(from, today));
        List<LocalDate> held = plan.evaluations().stream().map(EvaluationView::heldOn).sorted().toList();
        LocalDate last = held.isEmpty() ? null : held.getLast();
        BigDecimal sinceStart = caseFigures.attendancePct(plan.pupilId(), planStart, today);
        BigDecimal sinceLast = last == null ? sinceStart
                : caseFigures.attendancePct(plan.pupilId(), last.plusDays(1), today);
        return new PlanFigures(plan, trend, planStart, held, sinceStart, sinceLast);
    }


    /**
     * @param trend       weekly attendance with the band cut-offs
     * @param planStart   the plan's start, or null without a plan
     * @param evaluations the dates evaluations were held, oldest first
     * @param sinceStart  attendance % since the plan started; null without lessons or plan
     * @param sinceLast   attendance % since the last evaluation (since the start before the first)
     */
    public record PlanFigures(CasePlan plan, FiguresService.Trend trend, LocalDate planStart,
                              List<LocalDate> evaluations, BigDecimal sinceStart, BigDecimal sinceLast) {
    }
}
