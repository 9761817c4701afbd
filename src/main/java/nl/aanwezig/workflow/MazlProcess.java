package nl.aanwezig.workflow;

/** Ids of bpmn/mazl.bpmn: the MAZL signal, the OC's follow-up beside the youth doctor's advice. */
public final class MazlProcess {

    public static final String ID = "mazl";
    public static final String SIGNAL = "mazl-signal";
    public static final String FORK = "fork";
    public static final String OC_TASK = "mazl-oc";
    public static final String ADVICE = "mazl-advice";
    public static final String JOIN = "join";
    public static final String DONE = "mazl-done";

    public static final String FORM_OC = "mazl-oc";
    public static final String FORM_ADVICE = "mazl-advice";

    private MazlProcess() {
    }
}
