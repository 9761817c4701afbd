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

    private ExemptionProcess() {
    }

    /** One route per exemption. */
    public static String routeKey(long exemptionId) {
        return ID + ":" + exemptionId;
    }
}
