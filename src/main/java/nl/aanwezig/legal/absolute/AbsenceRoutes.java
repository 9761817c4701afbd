package nl.aanwezig.legal.absolute;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.workflow.AbsoluteAbsenceProcess;
import nl.aanwezig.workflow.RouteLedger;
import org.springframework.stereotype.Component;

/**
 * The route of a record (bpmn/absoluut-verzuim.bpmn), started and moved in the caller's transaction: the model loops
 * while the status stays OPEN and ends on any other; this class only hands it the status and the next due date
 * (four weeks on, from the app's clock, so the engine's own clock never decides a deadline).
 */
@Component
class AbsenceRoutes {

    static final int WEEKS_TO_FOLLOW_UP = 4;

    private final RouteLedger routes;

    AbsenceRoutes(RouteLedger routes) {
        this.routes = routes;
    }

    void start(long absoluteAbsenceId, String leerplicht, LocalDate today) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(AbsoluteAbsenceProcess.VAR_ABSENCE_ID, absoluteAbsenceId);
        vars.put(AbsoluteAbsenceProcess.VAR_LEERPLICHT, leerplicht);
        vars.put(AbsoluteAbsenceProcess.VAR_DUE_DATE, nextDue(today).toString());
        routes.startOnce(null, AbsoluteAbsenceProcess.ID, AbsoluteAbsenceProcess.routeKey(absoluteAbsenceId), vars);
    }

    /** The task's job completes once the caller's transaction commits. */
    void followedUp(AbsenceTask task, AbsenceStatus status, LocalDate today) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(AbsoluteAbsenceProcess.VAR_STATUS, status.name());
        vars.put(AbsoluteAbsenceProcess.VAR_DUE_DATE, nextDue(today).toString());
        routes.completeJob(task.routeId(), task.jobKey(), vars);
    }

    static LocalDate nextDue(LocalDate today) {
        return today.plusWeeks(WEEKS_TO_FOLLOW_UP);
    }
}
