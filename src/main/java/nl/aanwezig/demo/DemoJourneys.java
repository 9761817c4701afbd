package nl.aanwezig.demo;

import static nl.aanwezig.demo.DemoWaits.await;
import static nl.aanwezig.demo.DemoWaits.settled;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.dossier.CaseListService;
import nl.aanwezig.cases.sharing.ConsentForm;
import nl.aanwezig.cases.sharing.ConsentService;
import nl.aanwezig.cases.sharing.InvitationService;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.ArrangementForm;
import nl.aanwezig.cases.tier3.ArrangementService;
import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.cases.tier3.EvaluationForm;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Funder;
import nl.aanwezig.cases.tier3.Tier3Decisions.Progress;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.workflow.Tier3Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Takes the demo's band-change cases along the tier-3 route as the OC would at the screens, so the demo holds a case
 * in every stage the signals allow: the orange plan with partners invited and an evaluation held, a red arrangement,
 * yellow monitoring, and any further ones still in the SAT analysis; the red one with an approved onderwijstijd
 * deviation, and a PO pupil with an exemption notice for leerplicht ({@link DemoLegal}). Runs once, in the background, after the demo's import raised its signals.
 */
@Component
class DemoJourneys {

    private static final Logger log = LoggerFactory.getLogger(DemoJourneys.class);

    private final Schools schools;
    private final CaseListService caseList;
    private final TaskService tasks;
    private final SatService sat;
    private final RegievoerderService regie;
    private final PlanService plans;
    private final ArrangementService arrangements;
    private final CasePlanService casePlans;
    private final ConsentService consents;
    private final InvitationService invitations;
    private final Clock clock;
    private final DemoLegal legal;
    private final DemoChainReview chainReview;
    private final Pupils pupils;
    private final DemoFamily family;

    DemoJourneys(Schools schools, CaseListService caseList, TaskService tasks, SatService sat,
                 RegievoerderService regie, PlanService plans, ArrangementService arrangements,
                 CasePlanService casePlans, ConsentService consents, InvitationService invitations, Clock clock,
                 DemoLegal legal, Pupils pupils, DemoChainReview chainReview, DemoFamily family) {
        this.family = family;
        this.chainReview = chainReview;
        this.legal = legal;
        this.pupils = pupils;
        this.schools = schools;
        this.caseList = caseList;
        this.tasks = tasks;
        this.sat = sat;
        this.regie = regie;
        this.plans = plans;
        this.arrangements = arrangements;
        this.casePlans = casePlans;
        this.consents = consents;
        this.invitations = invitations;
        this.clock = clock;
    }

    void start() {
        Thread.ofVirtual().name("demo-journeys").start(() -> {
            try {
                as("oc", "OC", this::run);
            } catch (RuntimeException e) {
                log.warn("Demo journeys stopped: {}", e.toString());
            }
        });
    }

    private Void run() {
        School vo = schools.findByBrin(DemoPeople.VO_BRIN).orElseThrow();
        List<TaskItem> analyses = settled(() -> tasks.inbox().stream()
                .filter(t -> Tier3Process.SAT_ANALYSIS.equals(t.elementId())).toList());
        LocalDate today = LocalDate.now(clock);
        long redPupil = 0;
        // as many stages as the demo's band changes allow: orange evaluated and shared, red, yellow, still in the SAT
        if (analyses.size() > 0) {
            TaskItem first = analyses.get(0);
            orange(first, today.minusWeeks(4), 2);
            consents.give(first.caseId(), new ConsentForm(today.minusWeeks(4), "Moeder (gezaghebbend)",
                    EnumSet.of(ParticipantRole.JEUGDARTS, ParticipantRole.SWV_CONSULTANT),
                    null));
            invitations.invite(first.caseId(), "leerplicht", "Gemeente Alkmaar, afdeling leerplicht");
            invitations.invite(first.caseId(), "jeugdarts", "GGD Hollands Noorden");
            TaskItem due = await(() -> open(first.caseId(), Tier3Process.EVALUATE_PLAN), "the due evaluation");
            plans.evaluate(due.taskId(), evaluation(first.pupilId(), "CONTINUE"));
            family.run(first.caseId(), first.pupilId());
        }
        if (analyses.size() > 1) {
            TaskItem second = analyses.get(1);
            orange(second, today.minusWeeks(4), 2);
            TaskItem escalate = await(() -> open(second.caseId(), Tier3Process.EVALUATE_PLAN),
                    "the evaluation to escalate");
            plans.evaluate(escalate.taskId(), evaluation(second.pupilId(), "ESCALATE"));
            TaskItem arrangement = await(() -> open(second.caseId(), Tier3Process.DRAW_ARRANGEMENT),
                    "the arrangement task");
            arrangements.record(arrangement.taskId(), new ArrangementForm("Jeugdhulp Noord-Kennemerland",
                    "Onderwijs-zorgvoorziening De Brug", new BigDecimal("12"), today, today.plusMonths(5),
                    Funder.SWV_EN_GEMEENTE, 6));
            // the red case's school hours are reduced, with the Inspectie's approval: its figures follow
            legal.deviation(second.pupilId(), today);
            redPupil = second.pupilId();
        }
        if (analyses.size() > 2) {
            decide(analyses.get(2), Sat.YELLOW, today.plusWeeks(4));
        }
        School po = schools.findByBrin(DemoPeople.PO_BRIN).orElseThrow();
        long poPupil = pupils.findBySchoolIdOrderByLastName(po.id()).get(3).id();
        as("leerplicht", "LEERPLICHT", () -> {
            legal.exemption(poPupil, today);
            return null;
        });
        chainReview.run(redPupil);
        log.info("Demo journeys done at {}: {} tier-3 cases, {} in red", vo.brin(), analyses.size(),
                caseList.casesOfSchool(vo, CaseStage.RED_ARRANGEMENT).size());
        return null;
    }

    private void decide(TaskItem analysis, Sat decision, LocalDate reviewOn) {
        Sat advised = sat.advice(analysis.taskId()).advised();
        sat.analyse(analysis.taskId(), DemoForms.satAnalysis(decision, advised, reviewOn));
    }

    private void orange(TaskItem analysis, LocalDate start, int weeks) {
        long caseId = analysis.caseId();
        decide(analysis, Sat.ORANGE, null);
        TaskItem appoint = await(() -> open(caseId, Tier3Process.APPOINT_REGIEVOERDER), "the regievoerder task");
        regie.appoint(appoint.taskId(), "oc");
        TaskItem draw = await(() -> open(caseId, Tier3Process.DRAW_PLAN), "the plan task");
        plans.draw(draw.taskId(), DemoForms.plan(start, weeks));
    }

    private EvaluationForm evaluation(long pupilId, String decision) {
        Map<Long, EvaluationForm.GoalNote> notes = new LinkedHashMap<>();
        casePlans.ofPupil(pupilId).orElseThrow().plan().goals().forEach(g -> notes.put(g.id(),
                new EvaluationForm.GoalNote(Progress.PARTLY, "Gaat de goede kant op, nog niet elke dag.")));
        return new EvaluationForm(notes, "ESCALATE".equals(decision)
                ? "Ondanks de afspraken nauwelijks op school; zorg en onderwijs samen nodig."
                : "Besproken met leerling en moeder: de ochtenden gaan beter.", decision, null);
    }

    private Optional<TaskItem> open(long caseId, String elementId) {
        return tasks.inbox().stream().filter(t -> t.caseId() == caseId && elementId.equals(t.elementId())).findFirst();
    }

    /** A demo user works the cases, as at the screens (the OC, then leerplicht); the one before comes back after. */
    static <T> T as(String username, String role, Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_" + role))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }
}
