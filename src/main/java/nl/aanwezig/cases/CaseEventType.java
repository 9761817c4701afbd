package nl.aanwezig.cases;

public enum CaseEventType {
    CASE_OPENED, EMPTY_CHAIR, SIGNAL, TASK_OPENED, CONVERSATION, OC_NOTE, CASE_CLOSED
}
