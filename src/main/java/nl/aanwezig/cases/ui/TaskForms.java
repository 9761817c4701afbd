package nl.aanwezig.cases.ui;

import java.util.Map;
import nl.aanwezig.cases.tasks.InboxSource;
import nl.aanwezig.workflow.AbsoluteAbsenceProcess;
import nl.aanwezig.workflow.ChainReviewActionProcess;
import nl.aanwezig.workflow.ChainReviewProcess;
import nl.aanwezig.workflow.ConcernProcess;
import nl.aanwezig.workflow.DeviationProcess;
import nl.aanwezig.workflow.DuoProcess;
import nl.aanwezig.workflow.ExemptionProcess;
import nl.aanwezig.workflow.FamilyTalkProcess;
import nl.aanwezig.workflow.LegeStoelProcess;
import nl.aanwezig.workflow.MeetingDecisionProcess;
import nl.aanwezig.workflow.SharedPlanProcess;
import nl.aanwezig.workflow.Tier3Process;

/**
 * The one table of task kinds and their forms: the BPMN task header {@code form} names the kind, and the inbox opens
 * the view at {@code <route>/<taskId>} (or {@code <route>/<caseId>} for the kinds done on the case's own view). Kinds not listed open the OC's note-and-decision form.
 */
public final class TaskForms {

    private static final String DEFAULT_ROUTE = "oc-taak";

    private static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry(LegeStoelProcess.FORM_CONVERSATION, "gesprek"),
            Map.entry(Tier3Process.FORM_SAT_ANALYSIS, "sat-analyse"),
            Map.entry(Tier3Process.FORM_MONITORING_REVIEW, "monitoring-review"),
            Map.entry(Tier3Process.FORM_REGIEVOERDER, "regievoerder"),
            Map.entry(Tier3Process.FORM_PLAN, "plan-opstellen"),
            Map.entry(Tier3Process.FORM_PLAN_EVALUATION, "plan-evaluatie"),
            Map.entry(Tier3Process.FORM_ARRANGEMENT, "arrangement"),
            Map.entry(Tier3Process.FORM_ARRANGEMENT_EVALUATION, "arrangement-evaluatie"),
            Map.entry(MeetingDecisionProcess.FORM_MEETING_DECISION, "casusoverleg/besluit"),
            Map.entry(SharedPlanProcess.FORM_PARTNER_CONTRIBUTION, "gedeeld/casus"),
            Map.entry(DuoProcess.FORM_DUO_REPORT, "duo-melding"),
            Map.entry(DuoProcess.FORM_DUO_FOLLOW_UP, "verzuimmelding-opvolgen"),
            Map.entry(ExemptionProcess.FORM_EXEMPTION_STATEMENT, "vrijstellingen/verklaring"),
            Map.entry(ExemptionProcess.FORM_EXEMPTION_DECISION, "vrijstellingen/taak"),
            Map.entry(ExemptionProcess.FORM_EXEMPTION_REVIEW, "vrijstellingen/taak"),
            Map.entry(ExemptionProcess.FORM_EXEMPTION_RENEWAL, "vrijstellingen/taak"),
            Map.entry(ExemptionProcess.FORM_EXEMPTION_ENDED, "vrijstellingen/taak"),
            Map.entry(DeviationProcess.FORM_DEVIATION_EVALUATION, "afwijking-evaluatie"),
            Map.entry(ConcernProcess.FORM_DECISION, "zorgelijk-verzuim"),
            Map.entry(FamilyTalkProcess.FORM_FAMILY_TALK, "overleg-gezin"),
            Map.entry(ConcernProcess.FORM_FOLLOW_UP, "zorgelijk-verzuim"),
            Map.entry(AbsoluteAbsenceProcess.FORM_FOLLOW_UP, "absoluut-verzuim/opvolgen"),
            // the chair's task opens the review itself; the read item carries the review's id in its task column
            Map.entry(ChainReviewProcess.FORM_CHAIN_REVIEW, "ketenoverleg/taak"),
            Map.entry(InboxSource.FORM_CHAIN_REVIEW_READ, "ketenoverleg"),
            Map.entry(ChainReviewActionProcess.FORM_CHAIN_REVIEW_ACTION, "ketenoverleg/afspraak"));

    /** Kinds whose form is the case itself (the partner contributes on the shared view of the case). */
    private static final java.util.Set<String> BY_CASE = java.util.Set.of(SharedPlanProcess.FORM_PARTNER_CONTRIBUTION);

    private TaskForms() {
    }

    /** The location of the form for a task of this kind. */
    public static String location(String form, long taskId, long caseId) {
        return ROUTES.getOrDefault(form, DEFAULT_ROUTE) + "/" + (BY_CASE.contains(form) ? caseId : taskId);
    }
}
