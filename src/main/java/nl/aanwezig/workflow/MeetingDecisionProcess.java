package nl.aanwezig.workflow;

/** The route of a casusoverleg decision (bpmn/casusoverleg-besluit.bpmn): its owner carries it out. */
public final class MeetingDecisionProcess {

    public static final String ID = "casusoverleg-besluit";
    public static final String CARRY_OUT = "carry-out-decision";
    public static final String CARRIED_OUT = "decision-carried-out";

    public static final String DECISION_TAKEN = "decision-taken";
    public static final String FORM_MEETING_DECISION = "meeting-decision";

    private MeetingDecisionProcess() {
    }

    /** One route per decision. */
    public static String routeKey(long decisionId) {
        return "meeting-decision:" + decisionId;
    }
}
