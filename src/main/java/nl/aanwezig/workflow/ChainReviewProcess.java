package nl.aanwezig.workflow;

/**
 * The quarterly chain review of a region (bpmn/ketenoverleg.bpmn): one route per region that, each quarter on the
 * region's date, prepares the review and gives the chair the task to hold it, and meanwhile waits for the next quarter.
 */
public final class ChainReviewProcess {

    public static final String ID = "ketenoverleg";
    public static final String REGION_JOINED = "region-joined";
    public static final String NEXT_QUARTER = "next-quarter";
    public static final String PLAN_NEXT_REVIEW = "plan-next-review";
    public static final String REVIEW_DATE = "review-date";
    public static final String PREPARE_REVIEW = "prepare-review";
    /** Every family of a case on the prepared review is asked for their view before its date. */
    public static final String ASK_FAMILIES = "ask-families";
    public static final String REVIEW_FORK = "review-fork";
    public static final String HOLD_REVIEW = "hold-review";
    public static final String REVIEW_CLOSED = "review-closed";

    public static final String JOB_NEXT_DATE = "aanwezig.chainreview.next-date";
    public static final String JOB_PREPARE = "aanwezig.chainreview.prepare";
    public static final String JOB_ASK_FAMILIES = "aanwezig.chainreview.ask-families";
    public static final String FORM_CHAIN_REVIEW = "chain-review";

    /** The date the timer waits for (ISO), set by the next-date step. */
    public static final String VAR_NEXT_REVIEW = "nextReview";
    /** The chair who holds the review, set by the prepare step. */
    public static final String VAR_CHAIR = "chair";

    private ChainReviewProcess() {
    }

    /** One route per region. */
    public static String routeKey(long regionId) {
        return ID + ":" + regionId;
    }
}
