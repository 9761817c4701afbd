package nl.aanwezig.legal.exemption;

import java.time.LocalDate;

/** The panel's review of one exemption on one day. */
public record Review(LocalDate reviewedOn, String conclusion, String recordedBy) {
}
