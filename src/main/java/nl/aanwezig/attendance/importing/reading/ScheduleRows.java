package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.attendance.domain.AbsenceCode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** The rows of the files of the absence-only route, as read; whether schools, classes and pupils exist is for the caller. */
public final class ScheduleRows {

    private ScheduleRows() {
    }

    /** A row of a code list. */
    public record CodeRow(int line, AbsenceCode code) {
    }

    /**
     * A row of a bell schedule.
     *
     * @param weekdays the weekdays it holds for (1 = Monday); an empty {@code weekdag} means Monday to Friday
     * @param hour     the lesson hour, see {@link ScheduleValues#hour}
     */
    public record LessonHourRow(int line, List<Integer> weekdays, String hour, LocalTime start, LocalTime end) {

        /** Copies the list. */
        public LessonHourRow {
            weekdays = List.copyOf(weekdays);
        }
    }

    /**
     * A row of a timetable: the class ({@code leerling} empty) or one pupil ({@code klas} may then be empty) has this
     * lesson hour on this weekday from {@code validFrom} to {@code validTo}, both included.
     */
    public record TimetableRow(int line, String school, String klas, String leerling, int weekday, String hour,
                               LocalDate validFrom, LocalDate validTo) {

        /** Whether the row is a pupil's own timetable rather than the class's. */
        public boolean forPupil() {
            return !leerling.isEmpty();
        }
    }

    /**
     * A row of an absence export.
     *
     * @param school      BRIN, or empty when the export has no school column (then the import says which school)
     * @param code        the school's own code, as written
     * @param minutesLate as exported, or {@code null} when the export does not say
     */
    public record AbsenceRow(int line, String school, String leerling, LocalDate date, String hour, String code,
                             Integer minutesLate) {
    }
}
