package nl.aanwezig.legal.duo;

import java.time.LocalDate;

/** One action leerplicht recorded on a report: done on its date, or planned for it. */
public record DuoActionEntry(long id, LeerplichtAction kind, LocalDate happenedOn, String note, String actor,
                             ActionStatus status) {
}
