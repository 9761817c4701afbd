package nl.aanwezig.cases;

/**
 * A case was opened for a pupil by a first empty chair; the workflow module starts the mentor's route.
 * (A case opened by another signal starts that signal's route instead: see {@link CaseSignalled}.)
 */
public record CaseOpened(long caseId, long pupilId, long schoolId, String mentor) {
}
