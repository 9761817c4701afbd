package nl.aanwezig.workflow;

import java.util.Map;

/**
 * Where a process's human tasks land: the module that owns the process keeps them (the case's tasks, an exemption's).
 * The inbox is a projection of the engine's open user-task jobs, keyed by the job's key.
 */
public interface TaskInbox {

    /** True for the processes whose tasks this inbox keeps. */
    boolean keeps(String processId);

    /** Writes the task; a job delivered again finds its task and writes nothing. */
    void created(UserTaskJob task);

    /** The open tasks that wait on an engine job: task id to job key, for the probe that finds withdrawn jobs. */
    Map<Long, Long> openJobs();

    /** The engine withdrew the task's job (a timer, a message, a cancelled instance): the task leaves the inbox. */
    boolean withdrawn(long taskId);
}
