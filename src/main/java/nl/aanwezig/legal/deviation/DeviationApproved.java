package nl.aanwezig.legal.deviation;

import java.time.LocalDate;

/**
 * An onderwijstijd deviation of a pupil with an open case was approved: its evaluation before it expires is a route
 * of that case (bpmn/onderwijstijd-afwijking.bpmn). Published inside the approving transaction.
 *
 * @param remindOn the day the OC is asked to evaluate (some weeks before {@code validTo})
 */
public record DeviationApproved(long deviationId, long caseId, long pupilId, long schoolId, LocalDate remindOn,
                                LocalDate validTo) {

    /** The route's key: one route per deviation. */
    public static String routeKey(long deviationId) {
        return "deviation:" + deviationId;
    }
}
