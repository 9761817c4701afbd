package nl.aanwezig.legal.duo;

import java.time.Instant;
import java.time.LocalDate;
import nl.aanwezig.attendance.DuoReportKind;

/**
 * A verzuimmelding as the school and leerplicht work on it.
 *
 * @param lessons       the lessons behind the hours, one line per missed lesson ("2026-09-07 08:30-09:20 onbekend")
 * @param reason        the reason for the absence as the school knows it
 * @param schoolActions what the school already did (conversations, plan)
 * @param deadline      5 working days after the day the threshold was reached
 * @param followUpOf    the earlier report of the same pupil this one continues, or null
 */
public record DuoReport(long id, long caseId, long pupilId, long schoolId, String brin, String leerling,
                         String pupilName, DuoReportKind type, LocalDate startDate, LocalDate endDate, int hours,
                         String lessons, String reason, String schoolActions, LocalDate deadline, DuoStatus status,
                         LocalDate reportedOn, String duoReference, Long followUpOf, Instant createdAt,
                         Instant closedAt) {
}
