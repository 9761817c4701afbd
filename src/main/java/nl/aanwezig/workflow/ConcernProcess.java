package nl.aanwezig.workflow;

/** Ids of bpmn/zorgelijk-verzuim.bpmn: the OC decides whether a concern goes to leerplicht. */
public final class ConcernProcess {

    public static final String ID = "zorgelijk-verzuim";
    public static final String SIGNAL = "concern-signal";
    public static final String DECISION = "concern-decision";
    public static final String PASS_ON = "concern-pass-on";
    public static final String KEPT = "concern-kept";
    public static final String LEERPLICHT = "concern-leerplicht";
    public static final String DONE = "concern-done";

    public static final String FORM_DECISION = "concern-decision";
    public static final String FORM_FOLLOW_UP = "concern-follow-up";

    private ConcernProcess() {
    }
}
