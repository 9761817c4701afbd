package nl.aanwezig.workflow;

/**
 * The route of a child enrolled at no school (bpmn/absoluut-verzuim.bpmn): leerplicht follows the enrolment every four
 * weeks until the child is enrolled or otherwise provided for. It belongs to no case; its tasks are the legal module's.
 */
public final class AbsoluteAbsenceProcess {

    public static final String ID = "absoluut-verzuim";
    public static final String REGISTERED = "absolute-absence-registered";
    public static final String NEXT_FOLLOW_UP = "next-follow-up";
    public static final String FOLLOW_UP = "follow-up-enrolment";
    public static final String RESOLVED = "enrolled-or-resolved";
    public static final String ENDED = "at-home-ended";

    public static final String FORM_FOLLOW_UP = "absolute-absence-follow-up";

    /** The record the route follows (its tasks find their record by it). */
    public static final String VAR_ABSENCE_ID = "absoluteAbsenceId";
    /** Who follows it: the registering leerplichtambtenaar. */
    public static final String VAR_LEERPLICHT = "leerplicht";
    /** When the next follow-up is due (ISO date), set at the start and by every follow-up. */
    public static final String VAR_DUE_DATE = "dueDate";
    /** The status a follow-up completes with; the gateway loops while it is "OPEN" and ends on any other. */
    public static final String VAR_STATUS = "status";

    private AbsoluteAbsenceProcess() {
    }

    /** One route per record. */
    public static String routeKey(long absoluteAbsenceId) {
        return "absolute-absence:" + absoluteAbsenceId;
    }
}
