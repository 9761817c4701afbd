package nl.aanwezig.cases;

import java.util.Map;

/**
 * A signal reached a pupil's case (newly opened or fed). Its route starts (cases.route.CaseRoutes),
 * once per {@code signalKey}; {@code facts} become process variables.
 */
public record CaseSignalled(long caseId, long pupilId, long schoolId, String signalType, String signalKey,
                            Map<String, Object> facts) {
}
