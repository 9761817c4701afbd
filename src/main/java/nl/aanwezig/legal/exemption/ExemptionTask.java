package nl.aanwezig.legal.exemption;

import java.time.Instant;

/** A human task of an exemption's route, as the engine's job created it; the assignee is always one person. */
public record ExemptionTask(long id, long exemptionId, long routeId, String elementId, String form, String titleKey,
                            String assignee, long jobKey, Instant createdAt, Instant dueAt, boolean open) {
}
