package nl.aanwezig.workflow;

/** Ids of bpmn/tier3.bpmn that the app and its tests name. */
public final class Tier3Process {

    public static final String ID = "tier3";
    public static final String JOB_STAGE = "aanwezig.case.stage";
    public static final String JOB_FIGURES = "aanwezig.case.figures";
    public static final String JOB_ASK_VIEW = FamilyProcess.JOB_ASK_VIEW;
    public static final String JOB_ASK_AGREEMENT = FamilyProcess.JOB_ASK_AGREEMENT;

    public static final String SAT_ANALYSIS = "sat-analysis";
    public static final String YELLOW_REVIEW = "yellow-review";
    public static final String APPOINT_REGIEVOERDER = "appoint-regievoerder";
    public static final String DRAW_PLAN = "draw-plan";
    /** After the plan is drawn and after an evaluation that goes on: the family is asked to agree. */
    public static final String ASK_AGREEMENT = "ask-agreement";
    /** Before each evaluation of the plan (and of the arrangement): the family is asked for their view. */
    public static final String ASK_VIEW_EVALUATION = "ask-view-evaluation";
    public static final String ASK_VIEW_ARRANGEMENT = "ask-view-arrangement";
    public static final String EVALUATION_WAIT = "evaluation-wait";
    public static final String EVALUATE_PLAN = "evaluate-plan";
    public static final String DRAW_ARRANGEMENT = "draw-arrangement";
    public static final String EVALUATE_ARRANGEMENT = "evaluate-arrangement";
    public static final String REVIEW_WAIT = "review-wait";
    public static final String CLOSE_CASE = "close-case";
    public static final String RESTORED = "attendance-restored";

    public static final String TO_SAT = "to-sat";
    public static final String STAGE_SAT = "stage-sat";
    public static final String FIGURES_SAT = "figures-sat";
    public static final String DECIDE_BAND = "decide-band";
    public static final String ADVISE = "advise";
    public static final String SAT_DECISION = "sat-decision";
    public static final String STAGE_YELLOW = "stage-yellow";
    public static final String FIGURES_REVIEW = "figures-review";
    public static final String REVIEW_DECISION = "review-decision";
    public static final String STAGE_ORANGE = "stage-orange";
    public static final String FIGURES_EVALUATION = "figures-evaluation";
    public static final String EVALUATION_DECISION = "evaluation-decision";
    public static final String STAGE_RED = "stage-red";
    public static final String ARRANGEMENT_WAIT = "arrangement-wait";
    public static final String FIGURES_ARRANGEMENT = "figures-arrangement";
    public static final String ARRANGEMENT_DECISION = "arrangement-decision";
    public static final String STAGE_BACK_ORANGE = "stage-back-orange";
    public static final String JOB_CLOSE_CASE = "aanwezig.case.close";
    public static final String FORM_SAT_ANALYSIS = "sat-analysis";
    public static final String FORM_MONITORING_REVIEW = "monitoring-review";
    public static final String FORM_REGIEVOERDER = "regievoerder";
    public static final String FORM_PLAN = "plan";
    public static final String FORM_PLAN_EVALUATION = "plan-evaluation";
    public static final String FORM_ARRANGEMENT = "arrangement";
    public static final String FORM_ARRANGEMENT_EVALUATION = "arrangement-evaluation";
    /** The process variable naming the appointed regievoerder (the assignee of the orange and red tasks). */
    public static final String VAR_REGIEVOERDER = "regievoerder";

    private Tier3Process() {
    }

    /** One tier-3 route per case: "1 kind, 1 gezin, 1 plan". */
    public static String routeKey(long caseId) {
        return ID + ":" + caseId;
    }
}
