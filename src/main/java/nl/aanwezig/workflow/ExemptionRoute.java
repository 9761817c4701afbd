package nl.aanwezig.workflow;

/**
 * The route of an exemption (bpmn/vrijstelling.bpmn): statement, decision, then the period with its review moments,
 * renewal reminder and end. It belongs to no case; its tasks are the exemption module's.
 */
final class ExemptionRoute {

    static final String ID = "vrijstelling";
    static final String WRITE_STATEMENT = "write-statement";
    static final String DECIDE = "decide-exemption";
    static final String REVIEW = "review-exemption";
    static final String RENEW = "renew-exemption";
    static final String ENDED = "exemption-ended";
    static final String REFUSED = "exemption-refused";
    static final String CLOSED = "exemption-closed";

    private ExemptionRoute() {
    }

    /** One route per exemption. */
    static String routeKey(long exemptionId) {
        return ID + ":" + exemptionId;
    }
}
