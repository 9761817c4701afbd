package nl.aanwezig.cases;

public enum CaseEventType {
    CASE_OPENED, EMPTY_CHAIR, TASK_OPENED, CONVERSATION, OC_NOTE, CASE_CLOSED
}
