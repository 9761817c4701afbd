package nl.aanwezig.legal.absolute;

import java.time.LocalDate;

/** One registered child without a school, as stored; {@code municipality} is the name (null when unknown). */
public record AbsoluteAbsence(long id, long regionId, Long municipalityId, String municipality, String firstName,
                              String lastName, LocalDate birthDate, LocalDate since, String action,
                              AbsenceStatus status, LocalDate statusOn, String enrolledAt) {

    public String name() {
        return firstName + " " + lastName;
    }
}
