package nl.aanwezig.workflow;

/** The route of an approved onderwijstijd deviation (bpmn/onderwijstijd-afwijking.bpmn): evaluated before it expires. */
public final class DeviationProcess {

    public static final String ID = "onderwijstijd-afwijking";
    public static final String REMINDER = "expiry-reminder";
    public static final String EVALUATE = "evaluate-deviation";
    public static final String EVALUATED = "deviation-evaluated";

    public static final String DEVIATION_APPROVED = "deviation-approved";
    public static final String FORM_DEVIATION_EVALUATION = "deviation-evaluation";

    private DeviationProcess() {
    }
}
