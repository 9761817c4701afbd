package nl.aanwezig.workflow;

/** The route of a casusoverleg decision (bpmn/casusoverleg-besluit.bpmn): its owner carries it out. */
final class MeetingDecisionRoute {

    static final String ID = "casusoverleg-besluit";
    static final String CARRY_OUT = "carry-out-decision";
    static final String CARRIED_OUT = "decision-carried-out";

    private MeetingDecisionRoute() {
    }

    /** One route per decision. */
    static String routeKey(long decisionId) {
        return "meeting-decision:" + decisionId;
    }
}
