package nl.aanwezig.legal.absolute;

import java.time.LocalDate;

/**
 * One child without a school as the region's thuiszitters registration counts it: no name (ask
 * {@link AbsoluteAbsenceRegistry#nameOf} when a person is needed).
 *
 * @param municipality the municipality's name, null when unknown
 * @param status       an {@link AbsenceStatus} name: OPEN while the child is at home
 * @param statusOn     when the status was last recorded (null until the first follow-up)
 */
public record AbsoluteAbsenceFact(long id, long regionId, String municipality, LocalDate birthDate, LocalDate since,
                                  String action, String status, LocalDate statusOn) {
}
