package nl.aanwezig.workflow;

/** Ids of bpmn/band-review.bpmn: a band change, weighed by the band DMN, may start the tier-3 route. */
public final class BandReviewProcess {

    public static final String ID = "band-review";
    public static final String SIGNAL = "band-signal";
    public static final String DECIDE_BAND = "decide-band";
    public static final String WORRYING = "worrying";
    public static final String NO_ESCALATION = "no-escalation";
    public static final String START_TIER3 = "start-tier3";
    public static final String TO_TIER3 = "to-tier3";

    public static final String JOB_START_TIER3 = "aanwezig.route.tier3";

    private BandReviewProcess() {
    }
}
