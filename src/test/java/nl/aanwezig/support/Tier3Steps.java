package nl.aanwezig.support;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import nl.aanwezig.cases.tier3.EvaluationForm;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.SatAnalysisForm;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;
import nl.aanwezig.cases.tier3.Tier3Decisions.GoalDomain;
import nl.aanwezig.cases.tier3.Tier3Decisions.Progress;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.springframework.stereotype.Component;

/** Drives a case to the tier-3 route's steps, as mentor and OC would, and moves both clocks (app and engine). */
@Component
public class Tier3Steps {

    private final Routes routes;
    private final ConversationService conversations;
    private final OcTaskService ocTasks;
    private final DurableEngine engine;
    private final Clock clock;

    // a Clock, not the TestClock: contexts without the test clock (the restart tests' own) scan this class too
    Tier3Steps(Routes routes, ConversationService conversations, OcTaskService ocTasks, DurableEngine engine,
               Clock clock) {
        this.routes = routes;
        this.conversations = conversations;
        this.ocTasks = ocTasks;
        this.engine = engine;
        this.clock = clock;
    }

    /** Empty chair, the mentor refers, the OC takes it up: returns the SAT's analysis task. */
    public Routes.Started referToSat(String leerling) {
        sync();
        var route = routes.emptyChair(leerling, "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), new ConversationForm(LocalDate.now(clock),
                true, true, null, java.util.EnumSet.of(Topic.SOCIAL), "Doorverwijzen naar OC.", null, Outcome.REFER)));
        CaseTask intake = routes.openTask(route.caseId(), "oc-intake");
        AsUser.run("t-oc", "OC", () -> ocTasks.complete(intake.id(), "Naar het SAT.", OcDecision.ANALYSIS));
        CaseTask sat = routes.openTask(route.caseId(), "sat-analysis");
        return new Routes.Started(route.pupil(), route.caseId(), sat.id());
    }

    /** Moves the engine's clock and the app's together, so timers fire and "today" agrees. */
    public void advance(Duration d) {
        engine.increaseTime(d);
        sync();
    }

    /** The app's "now" at the engine's (which earlier tests in this JVM may have moved forward). */
    public void sync() {
        ((TestClock) clock).set(LocalDateTime.ofInstant(engine.now(), clock.getZone()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static SatAnalysisForm analysis(Sat decision, String overrideReason, LocalDate reviewOn) {
        Map<FactorGroup, SatAnalysisForm.Factor> f = new EnumMap<>(FactorGroup.class);
        f.put(FactorGroup.CHILD, new SatAnalysisForm.Factor("Angst voor de gymles", "Slaappatroon"));
        f.put(FactorGroup.FAMILY, new SatAnalysisForm.Factor("Moeder werkt nachten", ""));
        return new SatAnalysisForm(f, "Vermijding door angst; thuis weinig structuur in de ochtend.",
                "Wil wel naar school, niet naar gym.", "Maken zich zorgen, willen hulp.",
                "Gesprek met leerling, ouders en jeugdarts.", decision, overrideReason, reviewOn);
    }

    public static PlanForm plan(LocalDate start, int weeks) {
        return new PlanForm(start, weeks, List.of(
                new PlanForm.Goal(null, GoalDomain.EDUCATION, "Elke ochtend het eerste uur aanwezig",
                        "Aanwezigheid eerste uur per week", new BigDecimal("90")),
                new PlanForm.Goal(null, GoalDomain.HOME, "Vaste ochtendroutine thuis", "Ouders melden wekelijks",
                        new BigDecimal("90"))),
                "Gym tijdelijk vervangen door een theorieopdracht",
                List.of(new PlanForm.Intervention("Wekelijks gesprek met de mentor", "Mentor", "t-mentor", start, 6)),
                "Rustig beginnen, eerst de kernvakken", "Hulp bij de ochtend", "Wekelijks contact", start);
    }

    public static EvaluationForm evaluation(List<Long> goalIds, String decision, LocalDate reviewOn) {
        Map<Long, EvaluationForm.GoalNote> notes = new LinkedHashMap<>();
        goalIds.forEach(id -> notes.put(id, new EvaluationForm.GoalNote(Progress.PARTLY, "Gaat beter, nog niet elke dag.")));
        return new EvaluationForm(notes, "Besproken met leerling en ouders.", decision, reviewOn);
    }
}
