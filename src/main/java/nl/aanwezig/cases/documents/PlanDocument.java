package nl.aanwezig.cases.documents;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.pdf.PdfDocument;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.cases.tier3.EvaluationView;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan of a pupil's open case as PDF, in plain Dutch, for the OPP file or a parent without an account: pupil,
 * school, regievoerder, goals per domain, interventions, evaluation dates and the latest outcome, and whether the
 * family agreed. Whoever may read the plan on screen may download it ({@link CasePlanService#ofPupil}, audited);
 * making the file is audited too. Built only from the plan: no medical note or M@ZL advice can be in it.
 */
@Service
public class PlanDocument {

    public static final String MADE = "PLAN_PDF";

    private final CasePlanService plans;
    private final Pupils pupils;
    private final Schools schools;
    private final FamilyAgreements agreements;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    PlanDocument(CasePlanService plans, Pupils pupils, Schools schools, FamilyAgreements agreements,
                 CurrentUsers users, AuditLog audit, Clock clock) {
        this.plans = plans;
        this.pupils = pupils;
        this.schools = schools;
        this.agreements = agreements;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the plan into {@code out}; refused (AccessDeniedException) like the plan on screen. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public void pdf(long pupilId, OutputStream out) {
        CasePlan c = plans.ofPupil(pupilId).filter(p -> p.plan() != null)
                .orElseThrow(() -> new UserFacingException("doc.plan.error.noPlan"));
        Pupil pupil = pupils.findById(pupilId).orElseThrow();
        audit.record(users.require(), pupilId, MADE, true, "plan " + c.plan().id() + " as PDF");
        String title = Messages.nl("doc.plan.title", pupil.fullName());
        try (PdfDocument pdf = new PdfDocument(out, title)) {
            pdf.title(title);
            pdf.labelled(Messages.nl("doc.plan.pupil"), pupil.fullName() + " (" + Messages.date(pupil.birthDate()) + ")");
            pdf.labelled(Messages.nl("doc.plan.school"), schools.findById(pupil.schoolId()).orElseThrow().name());
            pdf.labelled(Messages.nl("doc.plan.regievoerder"), c.regievoerderName() == null
                    ? Messages.nl("doc.plan.noRegievoerder") : c.regievoerderName());
            CasePlan.Plan p = c.plan();
            pdf.labelled(Messages.nl("doc.plan.started"), Messages.date(p.startedOn()));
            goals(pdf, p);
            interventions(pdf, p);
            PlanParts.texts(pdf, p);
            PlanParts.evaluations(pdf, p, c.evaluations().stream()
                    .sorted(Comparator.comparing(EvaluationView::heldOn)).toList());
            PlanParts.family(pdf, p, agreements.status(c.caseId(), pupilId));
            pdf.small(Messages.nl("doc.footer", Messages.date(LocalDate.now(clock))));
        }
    }

    private static void goals(PdfDocument pdf, CasePlan.Plan p) {
        pdf.heading(Messages.nl("doc.plan.goals"));
        for (String domain : List.of("HOME", "EDUCATION", "CARE")) {
            List<List<String>> rows = p.goals().stream().filter(g -> domain.equals(g.domain()))
                    .map(g -> List.of(g.description(), g.measure(),
                            g.targetPct() == null ? "" : g.targetPct().stripTrailingZeros().toPlainString() + "%"))
                    .toList();
            pdf.labelled(Messages.nl("tier3.domain." + domain), rows.isEmpty() ? Messages.nl("doc.plan.noGoals") : "");
            if (!rows.isEmpty()) {
                pdf.table(List.of(Messages.nl("doc.plan.goal"), Messages.nl("doc.plan.measure"),
                        Messages.nl("doc.plan.target")), new float[] {4, 3, 1}, rows, null);
            }
        }
    }

    private static void interventions(PdfDocument pdf, CasePlan.Plan p) {
        pdf.heading(Messages.nl("doc.plan.interventions"));
        pdf.table(List.of(Messages.nl("doc.plan.intervention"), Messages.nl("doc.plan.owner"),
                        Messages.nl("doc.plan.from"), Messages.nl("doc.plan.weeks")), new float[] {4, 2, 1.3f, 1},
                p.interventions().stream().map(i -> List.of(i.description(), i.owner(), Messages.date(i.startsOn()),
                        String.valueOf(i.durationWeeks()))).toList(), Messages.nl("doc.none"));
    }
}
