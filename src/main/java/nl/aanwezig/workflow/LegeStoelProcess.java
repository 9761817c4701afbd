package nl.aanwezig.workflow;

/** Ids of bpmn/lege-stoel.bpmn, shared by the code and its tests. */
public final class LegeStoelProcess {

    public static final String ID = "lege-stoel";
    public static final String CONTACT_PUPIL = "contact-pupil";
    public static final String MENTOR_OVERDUE = "mentor-overdue";
    public static final String OC_OVERDUE = "oc-overdue";
    public static final String FOLLOW_UP = "follow-up-conversation";
    public static final String OC_INTAKE = "oc-intake";
    public static final String CLOSE_CASE = "close-case";
    public static final String RESOLVED = "resolved";
    public static final String TO_ANALYSIS = "to-analysis";
    public static final String START_TIER3 = "start-tier3";
    public static final String CLOSED_BY_OC = "closed-by-oc";

    public static final String STAGE_MENTOR_CONTACT = "stage-mentor-contact";
    public static final String STAGE_WATCHING = "stage-watching";
    public static final String STAGE_REFERRED = "stage-referred";
    /** The case's stage, set by the model: the step's header names it. */
    public static final String JOB_STAGE = "aanwezig.case.stage";

    public static final String JOB_CLOSE_CASE = "aanwezig.case.close";

    public static final String EMPTY_CHAIR = "empty-chair";
    public static final String OVERDUE_FOLLOWED_UP = "overdue-followed-up";
    public static final String OUTCOME_MERGE = "outcome-merge";
    public static final String OUTCOME = "outcome";
    public static final String INTAKE_DECISION = "intake-decision";
    public static final String CLOSE_AFTER_INTAKE = "close-after-intake";
    public static final String JOB_START_TIER3 = "aanwezig.route.tier3";
    public static final String FORM_CONVERSATION = "conversation";
    public static final String FORM_OVERDUE = "overdue";
    public static final String FORM_INTAKE = "intake";
    /** The process variable the conversation sets and the gateway after it reads (RESOLVED, WATCH, REFER). */
    public static final String VAR_OUTCOME = "outcome";

    private LegeStoelProcess() {
    }

    /** One mentor's route per case. */
    public static String routeKey(long caseId) {
        return ID + ":" + caseId;
    }
}
