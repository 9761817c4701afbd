package nl.aanwezig.workflow;

/**
 * Ids of bpmn/vervolggesprek.bpmn: a follow-up conversation on the date the mentor chose ("Datum vervolg"). The model
 * waits for the date and then gives whoever held the conversation the task; one route per conversation.
 */
public final class FollowUpProcess {

    public static final String ID = "vervolggesprek";
    public static final String PLANNED = "follow-up-planned";
    public static final String WAIT = "follow-up-day";
    public static final String TASK = "planned-follow-up";
    public static final String HELD = "follow-up-held";
    /** The task is done on the conversation form, as the first conversation. */
    public static final String FORM_CONVERSATION = "conversation";

    /** Who gets the task (whoever held the conversation). */
    public static final String VAR_MENTOR = "mentor";
    /** The moment the timer waits for: the start of the chosen day, school time. */
    public static final String VAR_AT = "followUpAt";
    /** The end of that school day: when the task is due. */
    public static final String VAR_DUE = "followUpDue";
    /** The chosen date, for the pupil page ("gepland"). */
    public static final String VAR_DATE = "followUpDate";

    private FollowUpProcess() {
    }

    /** One follow-up per conversation. */
    public static String routeKey(long conversationId) {
        return "follow-up:" + conversationId;
    }
}
