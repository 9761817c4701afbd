package nl.aanwezig.attendance.importing;

import java.time.LocalTime;
import java.util.Map;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.CodeStatus;

/**
 * One row of a file as the import will read it ({@link ImportPreview}).
 *
 * @param line    the line in the file (the header is line 1)
 * @param values  canonical column -> value as read (dates ISO, weekdays and hours normalised); empty for an error
 * @param reading for an absence export: what the school's code list and bell schedule make of it; {@code null}
 *                otherwise or when the row is unreadable
 * @param error   the Dutch reason the row cannot be read at all, or {@code null}
 */
public record PreviewRow(int line, Map<String, String> values, Reading reading, String error) {

    /** Copies the values, keeping their order. */
    public PreviewRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /**
     * An absence as it will count.
     *
     * @param status      what the lesson becomes; {@code null} when the code is unknown
     * @param reason      for an absence
     * @param start       the lesson's start by the bell schedule, or {@code null} when the hour is not in it
     * @param end         the lesson's end
     * @param minutesLate for a late arrival: as exported, else the school's default
     * @param remark      Dutch: why the row will not be imported or will not count as it says; {@code null} when fine
     */
    public record Reading(CodeStatus status, AbsenceReason reason, LocalTime start, LocalTime end, Integer minutesLate,
                          String remark) {
    }
}
