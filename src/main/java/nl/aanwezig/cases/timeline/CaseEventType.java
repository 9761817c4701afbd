package nl.aanwezig.cases.timeline;

/** What an entry of the dossier's timeline records. */
public enum CaseEventType {
    CASE_OPENED, EMPTY_CHAIR, SIGNAL, TASK_OPENED, CONVERSATION, OC_NOTE, CASE_CLOSED, TASK_WITHDRAWN, TASK_HANDED_OVER,
    /** The route moved the case to another stage. */
    STAGE_CHANGED,
    SAT_ANALYSIS,
    /** A person decided otherwise than the decision table advised, with the reason. */
    DECISION_OVERRIDDEN,
    REGIEVOERDER_APPOINTED,
    REGIEVOERDER_HANDED_OVER,
    PLAN_SAVED,
    EVALUATION,
    ARRANGEMENT_SAVED,
    /** Casusoverleg: the minutes of this case, and its decisions. */
    MEETING_MINUTES,
    MEETING_DECISION,
    /** Sharing: a partner invited, a partner's contribution, parents' consent given or withdrawn. */
    PARTNER_INVITED,
    PARTNER_NOTE,
    CONSENT,
    /** An exemption (Leerplichtwet art. 5 sub a) of the pupil: notice, statement, outcome, review. */
    EXEMPTION,
    /** Legal: an onderwijstijd deviation drafted, submitted, decided, withdrawn or ended. */
    DEVIATION,
    /** The family: invited, joined, their view, their agreement to the plan, consent they changed. */
    FAMILY
}
