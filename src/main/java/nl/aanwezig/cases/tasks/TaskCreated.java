package nl.aanwezig.cases.tasks;

/**
 * A route gave someone a new task (published with the task's row; {@link TaskFeed} tells open inboxes once it is
 * committed). {@code assignee} is null for a task offered to a group.
 */
public record TaskCreated(long taskId, long caseId, long schoolId, String assignee, String candidateGroup) {
}
