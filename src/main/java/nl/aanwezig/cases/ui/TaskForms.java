package nl.aanwezig.cases.ui;

import java.util.Map;

/**
 * The one table of task kinds and their forms: the BPMN task header {@code form} names the kind, and the inbox opens
 * the view at {@code <route>/<taskId>}. Kinds not listed open the OC's note-and-decision form.
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
            Map.entry("meeting-decision", "casusoverleg-besluit"),
            Map.entry("partner-contribution", "bijdrage"));

    private TaskForms() {
    }

    /** The location of the form for a task of this kind. */
    public static String location(String form, long taskId) {
        return ROUTES.getOrDefault(form, DEFAULT_ROUTE) + "/" + taskId;
    }
}
