package nl.aanwezig.legal.exemption;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.aanwezig.base.TimeConfig;

/**
 * The dates an exemption's route waits for: the panel's review moments twice a year, the renewal reminder well
 * before 1 July, and the end of the period. A school year runs from 1 August to 31 July.
 */
public final class ReviewCalendar {

    /** The panel (leerplicht, SWV PO, SWV VO, jeugdartsen) meets in autumn and in spring. */
    static final List<MonthDay> REVIEW_MOMENTS = List.of(MonthDay.of(4, 1), MonthDay.of(11, 1));
    /** Eight weeks or so before the 1 July deadline: time for parents to get a new statement. */
    static final MonthDay RENEWAL_REMINDER = MonthDay.of(5, 1);
    static final MonthDay RENEWAL_DEADLINE = MonthDay.of(7, 1);
    private static final LocalTime MORNING = LocalTime.of(9, 0);

    private ReviewCalendar() {
    }

    public static LocalDate endOfSchoolYear(LocalDate day) {
        int year = day.getMonthValue() >= 8 ? day.getYear() + 1 : day.getYear();
        return LocalDate.of(year, 7, 31);
    }

    /** The first panel moment after {@code day}. */
    public static LocalDate nextReview(LocalDate day) {
        for (int year = day.getYear(); ; year++) {
            for (MonthDay m : REVIEW_MOMENTS) {
                LocalDate moment = m.atYear(year);
                if (moment.isAfter(day)) {
                    return moment;
                }
            }
        }
    }

    /** The reminder before the 1 July that precedes the period's end (the renewal is due for the next school year). */
    public static LocalDate renewalReminder(LocalDate validTo) {
        return RENEWAL_REMINDER.atYear(endOfSchoolYear(validTo).getYear());
    }

    public static LocalDate renewalDeadline(LocalDate validTo) {
        return RENEWAL_DEADLINE.atYear(endOfSchoolYear(validTo).getYear());
    }

    /** A school-year exemption is renewed; a shorter one ending before the reminder, or one for the whole age, not. */
    public static boolean renewalNeeded(PeriodKind kind, LocalDate validFrom, LocalDate validTo) {
        return kind != PeriodKind.WHOLE_AGE && !renewalReminder(validTo).isBefore(validFrom)
                && !renewalReminder(validTo).isAfter(validTo);
    }

    /** A moment as the engine's timers read it: 09:00 on that school day, with the school's offset. */
    public static String timer(LocalDate day) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(day.atTime(MORNING).atZone(TimeConfig.SCHOOL_ZONE));
    }

    /** The period ends at the end of its last day: the timer fires the next morning. */
    public static String periodEnd(LocalDate validTo) {
        return timer(validTo.plusDays(1));
    }
}
