package nl.aanwezig.school;

/**
 * A school's holidays or study days were replaced. Published inside the saving transaction, so what is derived from
 * the calendar (the absence-only route's scheduled lessons) follows in the same transaction.
 */
public record SchoolCalendarChanged(long schoolId) {
}
