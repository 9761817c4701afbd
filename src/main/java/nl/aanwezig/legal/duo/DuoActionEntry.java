package nl.aanwezig.legal.duo;

import java.time.LocalDate;

/** One action leerplicht recorded on a report. */
public record DuoActionEntry(long id, LeerplichtAction kind, LocalDate happenedOn, String note, String actor) {
}
