package nl.aanwezig.legal.absolute;

import java.time.Instant;

/** A follow-up task of a record's route, as the engine's job created it; its assignee is one leerplicht officer. */
public record AbsenceTask(long id, long absoluteAbsenceId, long routeId, String elementId, String form,
                          String assignee, long jobKey, Instant dueAt, boolean open) {
}
