package nl.aanwezig.legal.exemption;

import java.time.LocalDate;

/**
 * The non-medical part of the doctor's statement: who wrote it (a doctor the municipality designated, not the pupil's
 * own doctor or psychologist), when, and what education is still possible (the onderwijskundig advice).
 *
 * @param neverAble the statement says the pupil will never be able to attend (exemption for the whole age)
 */
public record Statement(String doctorName, boolean designated, boolean ownDoctor, LocalDate statementDate,
                        String educationPossible, boolean neverAble) {
}
