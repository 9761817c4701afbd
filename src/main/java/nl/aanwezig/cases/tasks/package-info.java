/** The human tasks of a case's routes: the inboxes, working and finishing a task, OC decisions, the mentor's day. */
@NamedInterface("tasks")
package nl.aanwezig.cases.tasks;

import org.springframework.modulith.NamedInterface;
