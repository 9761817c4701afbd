package nl.aanwezig.cases;

/** A case was opened for a pupil; the workflow module starts its route. */
public record CaseOpened(long caseId, long pupilId, long schoolId, String mentor) {
}
