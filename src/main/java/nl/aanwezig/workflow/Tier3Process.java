package nl.aanwezig.workflow;

/** Ids of bpmn/tier3.bpmn that the app and its tests name. */
public final class Tier3Process {

    public static final String ID = "tier3";
    public static final String JOB_START = "aanwezig.route.tier3";
    public static final String JOB_STAGE = "aanwezig.case.stage";
    public static final String JOB_FIGURES = "aanwezig.case.figures";

    public static final String SAT_ANALYSIS = "sat-analysis";
    public static final String YELLOW_REVIEW = "yellow-review";
    public static final String APPOINT_REGIEVOERDER = "appoint-regievoerder";
    public static final String DRAW_PLAN = "draw-plan";
    public static final String EVALUATION_WAIT = "evaluation-wait";
    public static final String EVALUATE_PLAN = "evaluate-plan";
    public static final String DRAW_ARRANGEMENT = "draw-arrangement";
    public static final String EVALUATE_ARRANGEMENT = "evaluate-arrangement";
    public static final String REVIEW_WAIT = "review-wait";
    public static final String CLOSE_CASE = "close-case";
    public static final String RESTORED = "attendance-restored";

    private Tier3Process() {
    }

    /** One tier-3 route per case: "1 kind, 1 gezin, 1 plan". */
    public static String routeKey(long caseId) {
        return ID + ":" + caseId;
    }
}
