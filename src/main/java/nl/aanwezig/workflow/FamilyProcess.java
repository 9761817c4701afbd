package nl.aanwezig.workflow;

/**
 * Where the routes ask the family: the steps of bpmn/tier3.bpmn and bpmn/ketenoverleg.bpmn that ask for their view
 * and their agreement, and bpmn/gezin-overleg.bpmn, the regievoerder's talk with a family that does not agree to the
 * plan ("op overeenstemming gericht overleg").
 */
public final class FamilyProcess {

    /** Asks the family for their view before the next evaluation (variables: caseId, occasion, dueDate). */
    public static final String JOB_ASK_VIEW = "aanwezig.family.ask-view";
    /** Asks the family to agree to the plan's action part (variables: caseId). */
    public static final String JOB_ASK_AGREEMENT = "aanwezig.family.ask-agreement";

    /** The talk's model; its ids are in {@link FamilyTalkProcess}. */
    public static final String TALK_ID = FamilyTalkProcess.ID;
    public static final String TALK_TASK = FamilyTalkProcess.TASK;
    public static final String FORM_FAMILY_TALK = FamilyTalkProcess.FORM_FAMILY_TALK;

    private FamilyProcess() {
    }

    /** One talk per answer that disagreed. */
    public static String talkKey(long agreementId) {
        return TALK_ID + ":" + agreementId;
    }
}
