package nl.aanwezig.cases.tier3;

import java.util.List;
import java.util.Optional;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.NeedToKnow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the tier-3 part of a pupil's case for the people who may open the dossier; every read is audited. */
@Service
public class CasePlanService {

    private final Pupils pupils;
    private final Cases cases;
    private final SupportPlans plans;
    private final CareArrangements arrangements;
    private final Tier3Records records;
    private final DossierAccess access;
    private final CurrentUsers users;
    private final DisplayNames names;

    CasePlanService(Pupils pupils, Cases cases, SupportPlans plans, CareArrangements arrangements,
                    Tier3Records records, DossierAccess access, CurrentUsers users, DisplayNames names) {
        this.pupils = pupils;
        this.cases = cases;
        this.plans = plans;
        this.arrangements = arrangements;
        this.records = records;
        this.access = access;
        this.users = users;
        this.names = names;
    }

    /** The open case's plan, or empty when the pupil has no open case. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public Optional<CasePlan> ofPupil(long pupilId) {
        CurrentUser user = users.require();
        Pupil p = pupils.findById(pupilId).orElseThrow(() -> new UserFacingException("pupil.error.notFound"));
        access.check(user, p, "PLAN_READ");
        boolean figures = attendanceShown();
        boolean analyses = NeedToKnow.sees(user.role(), NeedToKnow.Part.SAT_ANALYSIS);
        return cases.findByPupilIdAndStatus(p.id(), PupilCase.Status.OPEN).map(c -> of(c, p))
                .map(plan -> analyses ? plan : withoutAnalyses(plan))
                .map(plan -> figures ? plan : withoutFigures(plan));
    }

    /**
     * Whether the current user changes this plan on the plan page (the regievoerder or the school's OC); everyone else
     * who may read it only reads it there and adds to it through their task or contribution.
     */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public boolean mayEditPlan(CasePlan plan) {
        return cases.findById(plan.caseId()).map(c -> PlanService.mayEdit(users.require(), c)).orElse(false);
    }

    /** Whether the current user's role needs to know the attendance figures (security/NeedToKnow). */
    public boolean attendanceShown() {
        return NeedToKnow.sees(users.require().role(), NeedToKnow.Part.ATTENDANCE);
    }

    /** The plan without the attendance the evaluations looked at: for a role that does not need to know it. */
    private static CasePlan withoutFigures(CasePlan p) {
        var evaluations = p.evaluations().stream().map(e -> new EvaluationView(e.id(), e.heldOn(), e.scheduledOn(),
                e.decision(), e.note(), null, null, e.nextEvaluation(), e.by(), e.ofPlan(), e.goals())).toList();
        var analyses = p.analyses().stream().map(a -> new SatAnalysisView(a.at(), a.by(), a.factors(), a.hypotheses(),
                a.pupilView(), a.parentsView(), a.advice(), null, null, a.advised(), a.decision(), a.overrideReason(),
                a.reviewOn())).toList();
        return new CasePlan(p.caseId(), p.pupilId(), p.leerling(), p.stage(), p.regievoerder(), p.regievoerderName(),
                p.openedAt(), p.plan(), p.arrangement(), analyses, evaluations);
    }

    /** The plan without the SAT's analyses: for a role outside the school (need to know). */
    private static CasePlan withoutAnalyses(CasePlan p) {
        return new CasePlan(p.caseId(), p.pupilId(), p.leerling(), p.stage(), p.regievoerder(), p.regievoerderName(),
                p.openedAt(), p.plan(), p.arrangement(), List.of(), p.evaluations());
    }

    CasePlan of(PupilCase c, Pupil p) {
        CasePlan.Plan plan = plans.findFirstByCaseIdOrderByIdDesc(c.id()).map(CasePlanService::plan).orElse(null);
        CasePlan.Arrangement arr = arrangements.findFirstByCaseIdOrderByIdDesc(c.id())
                .map(CasePlanService::arrangement).orElse(null);
        return new CasePlan(c.id(), p.id(), p.leerling(), c.stage(), c.regievoerder(),
                c.regievoerder() == null ? null : names.of(c.regievoerder()), c.openedAt(), plan, arr,
                records.analyses(c.id()).stream().map(this::named).toList(), records.evaluations(c.id()));
    }

    /** The analysis with the name people know of who recorded it, not the login. */
    private SatAnalysisView named(SatAnalysisView a) {
        return new SatAnalysisView(a.at(), a.by() == null ? null : names.of(a.by()), a.factors(), a.hypotheses(),
                a.pupilView(), a.parentsView(), a.advice(), a.band(), a.trend(), a.advised(), a.decision(),
                a.overrideReason(), a.reviewOn());
    }

    static CasePlan.Plan plan(SupportPlan s) {
        return new CasePlan.Plan(s.id(), s.version(), s.isActive(), s.startedOn(), s.evaluationWeeks(),
                s.nextEvaluation(),
                s.goals().stream().map(g -> new CasePlan.Goal(g.id(), g.domain().name(), g.description(), g.measure(),
                        g.targetPct())).toList(),
                s.adaptedEducation(),
                s.interventions().stream().map(i -> new CasePlan.Intervention(i.description(), i.owner(),
                        i.ownerUsername(), i.startsOn(), i.durationWeeks())).toList(),
                s.pupilWish(), s.parentsWish(), s.agreed(), s.parentsAgreedOn(), s.updatedBy(), s.updatedAt());
    }

    static CasePlan.Arrangement arrangement(CareArrangement a) {
        return new CasePlan.Arrangement(a.id(), a.isActive(), a.careProvider(), a.educationWhere(), a.educationHours(),
                a.startsOn(), a.endsOn(), a.fundedBy().name(), a.evaluationWeeks(), a.nextEvaluation(), a.endDecision());
    }
}
