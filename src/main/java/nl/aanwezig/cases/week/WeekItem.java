package nl.aanwezig.cases.week;

import java.time.LocalDate;

/**
 * One line of the week: what is due when, and where it is done.
 *
 * @param date    the day it is due or happens; null for a task without a deadline
 * @param overdue due before today and not done
 * @param text    what it is, in Dutch, ready to show
 * @param route   where it is done (a route of the app), when not a task's form
 * @param form    the task's form when the line is a task the OC works on (its screen follows from the form)
 * @param taskId  the task, when {@code form} is set
 * @param caseId  the task's case, when {@code form} is set
 */
public record WeekItem(Kind kind, LocalDate date, boolean overdue, String text, String route, String form,
                       long taskId, long caseId) {

    /** The sections of the page, in the page's order. */
    public enum Kind {
        EVALUATION, MEETING, DUO_DEADLINE, WAITING_ON_OTHERS, MY_TASK
    }

    public static WeekItem link(Kind kind, LocalDate date, boolean overdue, String text, String route) {
        return new WeekItem(kind, date, overdue, text, route, null, 0, 0);
    }
}
