package nl.aanwezig.workflow;

/**
 * The route of an exemption (bpmn/vrijstelling.bpmn): statement, decision, then the period with its review moments,
 * renewal reminder and end. It belongs to no case; its tasks are the exemption module's.
 */
public final class ExemptionProcess {

    public static final String ID = "vrijstelling";
    public static final String WRITE_STATEMENT = "write-statement";
    public static final String DECIDE = "decide-exemption";
    public static final String REVIEW = "review-exemption";
    public static final String RENEW = "renew-exemption";
    public static final String ENDED = "exemption-ended";
    public static final String REFUSED = "exemption-refused";
    public static final String CLOSED = "exemption-closed";

    public static final String NOTICE_REGISTERED = "notice-registered";
    /** The route of a decision corrected to "verleend" starts here and goes straight to the period. */
    public static final String DECISION_CORRECTED = "decision-corrected";
    public static final String STATEMENT_NEEDED = "statement-needed";
    public static final String STATEMENT_IN = "statement-in";
    public static final String GRANTED = "granted";
    /** Where the first decision and a correction meet, before {@link #GRANTED}. */
    public static final String DECISION_KNOWN = "decision-known";
    public static final String EXEMPTION_RUNNING = "exemption-running";
    public static final String RUNNING_START = "running-start";
    public static final String RUNNING_FORK = "running-fork";
    public static final String REVIEW_DUE = "review-due";
    public static final String REVIEW_MOMENT = "review-moment";
    public static final String RENEWAL_NEEDED = "renewal-needed";
    public static final String RENEWAL_REMINDER = "renewal-reminder";
    public static final String RENEWAL_HANDLED = "renewal-handled";
    public static final String NO_RENEWAL = "no-renewal";
    public static final String NO_MORE_REVIEWS = "no-more-reviews";
    public static final String PERIOD_ENDS = "period-ends";
    public static final String FORM_EXEMPTION_STATEMENT = "exemption-statement";
    public static final String FORM_EXEMPTION_DECISION = "exemption-decision";
    public static final String FORM_EXEMPTION_REVIEW = "exemption-review";
    public static final String FORM_EXEMPTION_RENEWAL = "exemption-renewal";
    public static final String FORM_EXEMPTION_ENDED = "exemption-ended";
    /** The process variable the decision sets and the gateway after it reads. */
    public static final String VAR_GRANTED = "granted";
    /** Set when a route starts for a decision corrected to "verleend" (bpmn gateway {@link #DECISION_CORRECTED}). */
    public static final String VAR_CORRECTED = "correctedDecision";

    private ExemptionProcess() {
    }

    /** One route per exemption. */
    public static String routeKey(long exemptionId) {
        return ID + ":" + exemptionId;
    }

    /** The route of an exemption after its {@code correction}-th corrected decision (0: the first route). */
    public static String routeKey(long exemptionId, int correction) {
        return correction == 0 ? routeKey(exemptionId) : routeKey(exemptionId) + ":correctie:" + correction;
    }
}
