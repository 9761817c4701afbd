package nl.aanwezig.attendance.signals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import nl.aanwezig.school.Pupil;

/** Who the DUO absence report applies to, and by when it must be made. */
final class DuoDuty {

    static final int REPORT_WITHIN_WORKING_DAYS = 5;

    private DuoDuty() {
    }

    /**
     * Leerplicht until 16, kwalificatieplicht until 18 for a pupil without a start qualification. (The
     * leerplicht really ends at the end of the school year in which the pupil turns 16; this errs on the
     * side of reporting.)
     */
    static boolean applies(Pupil pupil, LocalDate on) {
        int age = Period.between(pupil.birthDate(), on).getYears();
        return age < 16 || (age < 18 && !pupil.startQualification());
    }

    /** Five working days after the day the threshold was reached. */
    static LocalDate deadline(LocalDate endDate) {
        LocalDate day = endDate;
        int added = 0;
        while (added < REPORT_WITHIN_WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day;
    }
}
