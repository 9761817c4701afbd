package nl.aanwezig.legal.absolute;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A record as the region's list shows it: the age today and the weeks at home (until the status date once it is
 * closed, so a closed record stops counting).
 */
public record AbsenceRow(long id, String name, int age, String municipality, LocalDate since, long weeksAtHome,
                         AbsenceStatus status, LocalDate statusOn, String enrolledAt, String action) {

    static AbsenceRow of(AbsoluteAbsence a, LocalDate today) {
        LocalDate until = a.status() == AbsenceStatus.OPEN || a.statusOn() == null ? today : a.statusOn();
        return new AbsenceRow(a.id(), a.name(), AbsenceRules.ageOn(a.birthDate(), today), a.municipality(), a.since(),
                Math.max(0, ChronoUnit.WEEKS.between(a.since(), until)), a.status(), a.statusOn(), a.enrolledAt(),
                a.action());
    }
}
