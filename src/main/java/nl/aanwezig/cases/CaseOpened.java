package nl.aanwezig.cases;

/**
 * A case was opened for a pupil by a first empty chair; the mentor's route starts (cases.route.CaseRoutes).
 * (A case opened by another signal starts that signal's route instead: see {@link CaseSignalled}.)
 */
public record CaseOpened(long caseId, long pupilId, long schoolId, String mentor) {
}
