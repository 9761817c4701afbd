package nl.aanwezig.cases.tier3;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Review;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.Tier3Process;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school attendance team's steps: the SAT analysis (it decides between yellow monitoring and the orange plan, with
 * the decision table's advice on band and trend; deciding otherwise needs a reason, which lands on the timeline) and
 * the review of yellow monitoring. Each saves and completes its task in one transaction.
 */
@Service
public class SatService {

    private final TaskService taskService;
    private final Tier3Records records;
    private final Timeline timeline;
    private final CurrentUsers users;
    private final Clock clock;

    SatService(TaskService taskService, Tier3Records records, Timeline timeline, CurrentUsers users, Clock clock) {
        this.taskService = taskService;
        this.records = records;
        this.timeline = timeline;
        this.users = users;
        this.clock = clock;
    }

    /** What the analysis form shows beside the fields: the figures and the advice the route decided on. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC')")
    @Transactional(readOnly = true)
    public Advice advice(long taskId) {
        CaseTask task = taskService.workable(taskId, users.require(), "SAT_READ");
        return Advice.of(task.context());
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC')")
    @Transactional
    public void analyse(long taskId, SatAnalysisForm form) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "SAT_ANALYSIS");
        requireForm(task, Tier3Process.FORM_SAT_ANALYSIS);
        Advice advice = Advice.of(task.context());
        LocalDate today = LocalDate.now(clock);
        List<UserFacingException.Message> errors = form.validate(advice.advised(), today);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        records.saveAnalysis(task.caseId(), task.id(), form, advice.band(), advice.trend(),
                advice.advised() == null ? form.decision().name() : advice.advised().name(), user.username(),
                clock.instant());
        timeline.add(task.caseId(), CaseEventType.SAT_ANALYSIS, user.username(), "sat:" + task.id(),
                "timeline.satAnalysis", Messages.nl("tier3.sat." + form.decision()), form.advice().strip());
        if (advice.advised() != null && form.decision() != advice.advised()) {
            timeline.add(task.caseId(), CaseEventType.DECISION_OVERRIDDEN, user.username(), "override:" + task.id(),
                    "timeline.decisionOverridden", Messages.nl("tier3.sat." + advice.advised()),
                    Messages.nl("tier3.sat." + form.decision()), form.overrideReason().strip());
        }
        Map<String, Object> vars = new HashMap<>();
        vars.put("satDecision", form.decision().name());
        if (form.decision() == Sat.YELLOW) {
            vars.put("reviewAt", form.reviewOn().toString());
        }
        taskService.finish(task, user, vars);
    }

    /** The review of yellow monitoring: restored (the case closes), continue until a new date, or the orange plan. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC')")
    @Transactional
    public void review(long taskId, Review decision, String note, LocalDate nextReview) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "MONITORING_REVIEW");
        requireForm(task, Tier3Process.FORM_MONITORING_REVIEW);
        List<UserFacingException.Message> errors = new java.util.ArrayList<>();
        if (decision == null) {
            errors.add(new UserFacingException.Message("tier3.error.decision.required"));
        }
        Texts.required(errors, note, "note");
        Texts.max(errors, EvaluationForm.MAX_TEXT, "note", note);
        if (decision == Review.CONTINUE) {
            Texts.futureDate(errors, nextReview, LocalDate.now(clock), SatAnalysisForm.MAX_REVIEW_WEEKS, "reviewOn");
        }
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        timeline.add(task.caseId(), CaseEventType.EVALUATION, user.username(), "review:" + task.id(),
                "timeline.monitoringReview", Messages.nl("tier3.review." + decision), note.strip());
        Map<String, Object> vars = new HashMap<>();
        vars.put("reviewDecision", decision.name());
        if (decision == Review.CONTINUE) {
            vars.put("reviewAt", nextReview.toString());
        }
        taskService.finish(task, user, vars);
    }

    static void requireForm(CaseTask task, String form) {
        if (!form.equals(task.form())) {
            throw new UserFacingException("task.error.wrongForm");
        }
    }

    /** The decision table's advice and the figures it was given; all null when the route had no figures. */
    public record Advice(Sat advised, String reasonKey, String band, BigDecimal trend, BigDecimal attendancePct,
                         BigDecimal recentPct, BigDecimal previousPct) {

        static Advice of(String context) {
            Map<String, Object> c = Tier3Records.context(context);
            Sat advised = null;
            String reason = null;
            if (c.get("satAdvice") instanceof Map<?, ?> m) {
                advised = m.get("advice") == null ? null : Sat.valueOf(m.get("advice").toString());
                reason = m.get("reason") == null ? null : m.get("reason").toString();
            }
            return new Advice(advised, reason, c.get("band") == null ? null : c.get("band").toString(),
                    number(c.get("trend")), number(c.get("attendancePct")), number(c.get("recentPct")),
                    number(c.get("previousPct")));
        }

        private static BigDecimal number(Object o) {
            return o instanceof Number n ? BigDecimal.valueOf(n.doubleValue()).setScale(1, java.math.RoundingMode.HALF_UP) : null;
        }
    }
}
