package nl.aanwezig.workflow;

/** Names of bpmn/gedeeld-plan.bpmn : the partner's route. */
public final class SharedPlanProcess {

    public static final String ID = "gedeeld-plan";
    public static final String TASK = "partner-contribution";
    /** The process variable naming the invited partner (the task's assignee). */
    public static final String VAR_PARTNER = "partner";

    public static final String PARTNER_INVITED = "partner-invited";
    public static final String PARTNER_CONTRIBUTED = "partner-contributed";
    public static final String FORM_PARTNER_CONTRIBUTION = "partner-contribution";

    private SharedPlanProcess() {
    }

    /** The route key of one invitation: a partner invited again gets a route of their own. */
    public static String routeKey(long caseId, String username, int invitation) {
        return keyPrefix(caseId, username) + invitation;
    }

    public static String keyPrefix(long caseId, String username) {
        return "invite:" + caseId + ":" + username + ":";
    }
}
