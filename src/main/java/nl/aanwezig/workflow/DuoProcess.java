package nl.aanwezig.workflow;

/** Element ids and job types of bpmn/duo-melding.bpmn, shared by the worker and the tests. */
final class DuoProcess {

    static final String ID = SignalRoutes.DUO;
    static final String JOB_DEADLINE = "aanwezig.duo.deadline";
    static final String REPORT = SignalRoutes.DUO_REPORT;
    static final String DEADLINE_NEAR = "duo-deadline-near";
    static final String REMIND = "duo-remind";
    static final String DEADLINE_PASSED = "duo-deadline-passed";
    static final String ESCALATE = "duo-escalate";
    static final String OVERDUE = "duo-overdue";
    static final String WITHDRAWN_GATEWAY = "duo-withdrawn";
    static final String WITHDRAWN_END = "duo-withdrawn-end";
    static final String FOLLOW_UP = "leerplicht-follow-up";
    static final String WEEK_PASSED = "duo-week-passed";
    static final String CONTINUING = "duo-continuing";
    static final String DONE = "duo-done";

    private DuoProcess() {
    }
}
