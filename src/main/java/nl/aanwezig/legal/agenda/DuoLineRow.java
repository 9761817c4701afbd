package nl.aanwezig.legal.agenda;

import java.time.LocalDate;

/** A pupil on the way to the DUO line: the hours counted so far in the window from {@code from} to {@code to}. */
public record DuoLineRow(long pupilId, String pupilName, String leerling, String className, int hours, LocalDate from,
                         LocalDate to) {
}
