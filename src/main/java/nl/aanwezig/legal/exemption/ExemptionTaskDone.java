package nl.aanwezig.legal.exemption;

import java.util.Map;

/**
 * A task of an exemption's route was done; its job completes with these variables once the form's transaction
 * commits.
 */
public record ExemptionTaskDone(long routeId, long jobKey, Map<String, Object> variables) {
}
