package nl.aanwezig.legal.agenda;

import java.time.LocalDate;

/**
 * One line of leerplicht's week, with the page it opens.
 *
 * @param key    the bundle key of what it is (the action, the report's kind, the task's title)
 * @param detail the note of a planned action, else empty
 */
public record AgendaLine(Kind kind, LocalDate date, boolean overdue, String pupil, String school, String key,
                         String detail, String link) {

    /** The three parts of the week. */
    public enum Kind { PLANNED_ACTION, WAITING_REPORT, EXEMPTION_TASK }
}
