package nl.aanwezig.workflow;

/**
 * What a chain review asks of someone (bpmn/ketenoverleg-afspraak.bpmn): an action on a pupil, a deadlock for the
 * holder of the doorzettingsmacht, or a recommendation of the rode draad for a school; its owner carries it out.
 */
public final class ChainReviewActionProcess {

    public static final String ID = "ketenoverleg-afspraak";
    public static final String ACTION_RECORDED = "action-recorded";
    public static final String ACTION_KIND = "action-kind";
    public static final String CARRY_OUT_ACTION = "carry-out-action";
    public static final String BREAK_DEADLOCK = "break-deadlock";
    public static final String TAKE_UP_RECOMMENDATION = "take-up-recommendation";
    public static final String ACTION_CARRIED_OUT = "action-carried-out";
    public static final String DEADLOCK_BROKEN = "deadlock-broken";
    public static final String RECOMMENDATION_TAKEN_UP = "recommendation-taken-up";

    public static final String FORM_CHAIN_REVIEW_ACTION = "chain-review-action";
    /** What kind of action the gateway routes on: ACTION, DEADLOCK or RECOMMENDATION. */
    public static final String VAR_KIND = "kind";

    private ChainReviewActionProcess() {
    }

    /** One route per action. */
    public static String routeKey(long actionId) {
        return ID + ":" + actionId;
    }
}
