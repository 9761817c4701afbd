package nl.aanwezig.legal.agenda;

import java.time.LocalDate;
import java.util.List;

/** Leerplicht's week from Monday to Sunday: planned actions (overdue first), reports waiting, exemption tasks. */
public record LeerplichtWeek(LocalDate monday, LocalDate sunday, List<AgendaLine> actions, List<AgendaLine> reports,
                             List<AgendaLine> exemptions) {
}
