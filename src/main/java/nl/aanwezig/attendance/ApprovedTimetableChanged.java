package nl.aanwezig.attendance;

import java.time.LocalDate;

/**
 * A pupil's approved timetable changed (approved, ended or withdrawn) and their stored figures of {@code [from, to]}
 * were rebuilt, inside the deciding transaction; the signals that follow the figures (band changes) listen after commit.
 */
public record ApprovedTimetableChanged(long pupilId, long schoolId, LocalDate from, LocalDate to) {
}
