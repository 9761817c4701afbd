package nl.aanwezig.workflow;

/**
 * Ids of bpmn/gezin-overleg.bpmn: the regievoerder's talk with a family that does not agree to the plan ("op
 * overeenstemming gericht overleg"), one per answer that disagreed ({@link FamilyProcess#talkKey}). The task goes to
 * the regievoerder, or to the school's OCs when the case has none.
 */
public final class FamilyTalkProcess {

    public static final String ID = "gezin-overleg";
    public static final String FAMILY_DISAGREED = "family-disagreed";
    public static final String TASK = "family-talk";
    public static final String TALKED = "family-talked";
    public static final String FORM_FAMILY_TALK = "family-talk";

    /** The answer the talk is about (plan_agreement.id), set when the process starts. */
    public static final String VAR_AGREEMENT_ID = "agreementId";
    /** The case's regievoerder, the task's assignee; not set when the case has none (the school's OCs get it). */
    public static final String VAR_REGIEVOERDER = "regievoerder";

    private FamilyTalkProcess() {
    }
}
