package nl.aanwezig.cases.ui;

import java.util.Map;

/**
 * The one table of task kinds and their forms: the BPMN task header {@code form} names the kind, and the inbox opens
 * the view at {@code <route>/<taskId>} (or {@code <route>/<caseId>} for the kinds done on the case's own view). Kinds not listed open the OC's note-and-decision form.
 */
public final class TaskForms {

    private static final String DEFAULT_ROUTE = "oc-taak";

    private static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("conversation", "gesprek"),
            Map.entry("sat-analysis", "sat-analyse"),
            Map.entry("monitoring-review", "monitoring-review"),
            Map.entry("regievoerder", "regievoerder"),
            Map.entry("plan", "plan-opstellen"),
            Map.entry("plan-evaluation", "plan-evaluatie"),
            Map.entry("arrangement", "arrangement"),
            Map.entry("arrangement-evaluation", "arrangement-evaluatie"),
            Map.entry("meeting-decision", "casusoverleg/besluit"),
            Map.entry("partner-contribution", "gedeeld/casus"),
            Map.entry("duo-report", "duo-melding"),
            Map.entry("duo-follow-up", "verzuimmelding-opvolgen"),
            Map.entry("exemption-statement", "vrijstellingen/verklaring"),
            Map.entry("exemption-decision", "vrijstellingen/taak"),
            Map.entry("exemption-review", "vrijstellingen/taak"),
            Map.entry("exemption-renewal", "vrijstellingen/taak"),
            Map.entry("exemption-ended", "vrijstellingen/taak"),
            Map.entry("deviation-evaluation", "afwijking-evaluatie"),
            Map.entry("concern-decision", "zorgelijk-verzuim"),
            Map.entry("concern-follow-up", "zorgelijk-verzuim"));

    /** Kinds whose form is the case itself (the partner contributes on the shared view of the case). */
    private static final java.util.Set<String> BY_CASE = java.util.Set.of("partner-contribution");

    private TaskForms() {
    }

    /** The location of the form for a task of this kind. */
    public static String location(String form, long taskId, long caseId) {
        return ROUTES.getOrDefault(form, DEFAULT_ROUTE) + "/" + (BY_CASE.contains(form) ? caseId : taskId);
    }
}
