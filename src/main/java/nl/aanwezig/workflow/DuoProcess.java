package nl.aanwezig.workflow;

/** Element ids and job types of bpmn/duo-melding.bpmn, shared by the worker and the tests. */
public final class DuoProcess {

    public static final String ID = "duo-melding";
    public static final String JOB_DEADLINE = "aanwezig.duo.deadline";
    public static final String REPORT = "duo-report";
    public static final String DEADLINE_NEAR = "duo-deadline-near";
    public static final String REMIND = "duo-remind";
    public static final String DEADLINE_PASSED = "duo-deadline-passed";
    /** The candidate group of the escalation task, chosen by the escalation step: the school's directie or OC. */
    public static final String VAR_ESCALATION_GROUP = "escalationGroup";
    public static final String ESCALATE = "duo-escalate";
    public static final String OVERDUE = "duo-overdue";
    public static final String WITHDRAWN_GATEWAY = "duo-withdrawn";
    public static final String WITHDRAWN_END = "duo-withdrawn-end";
    public static final String FOLLOW_UP = "leerplicht-follow-up";
    public static final String WEEK_PASSED = "duo-week-passed";
    public static final String CONTINUING = "duo-continuing";
    public static final String DONE = "duo-done";

    public static final String DUO_SIGNAL = "duo-signal";
    public static final String DUO_REMINDED = "duo-reminded";
    public static final String DUO_ESCALATED = "duo-escalated";
    public static final String DUO_CONTINUING_END = "duo-continuing-end";
    public static final String FORM_DUO_REPORT = "duo-report";
    public static final String FORM_DUO_OVERDUE = "duo-overdue";
    public static final String FORM_DUO_FOLLOW_UP = "duo-follow-up";
    public static final String FORM_DUO_CONTINUING = "duo-continuing";

    private DuoProcess() {
    }
}
