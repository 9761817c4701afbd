package nl.aanwezig.legal.exemption;

import java.time.LocalDate;

/**
 * Leerplicht registered parents' notice of an exemption: its route starts (statement, decision, reviews, renewal,
 * end). Published inside the registering transaction. {@code statementWriter} is the jeugdarts asked to write the
 * statement, null when the parents brought one.
 */
public record ExemptionNoticeRegistered(long exemptionId, long pupilId, long schoolId, String leerplicht,
                                        String statementWriter, LocalDate noticeDate) {
}
