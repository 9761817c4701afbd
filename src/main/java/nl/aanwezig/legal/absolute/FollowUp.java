package nl.aanwezig.legal.absolute;

import java.time.LocalDate;

/**
 * What a follow-up records: the status, since when, where the child went (the school or place, for ENROLLED and
 * OTHER_ARRANGEMENT), and what is being done now (replaces the record's action when given).
 */
public record FollowUp(AbsenceStatus status, LocalDate statusOn, String enrolledAt, String note) {
}
