package nl.aanwezig.workflow;

/** The route of an approved onderwijstijd deviation (bpmn/onderwijstijd-afwijking.bpmn): evaluated before it expires. */
final class DeviationRoute {

    static final String ID = "onderwijstijd-afwijking";
    static final String REMINDER = "expiry-reminder";
    static final String EVALUATE = "evaluate-deviation";
    static final String EVALUATED = "deviation-evaluated";

    private DeviationRoute() {
    }
}
