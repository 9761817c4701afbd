package nl.aanwezig.security;

import java.util.Set;

/**
 * The facts about one pupil that decide who may open the dossier: its school, its mentor and the
 * chain partners that take part in an open case now (a partner whose access ended, e.g. when consent was withdrawn,
 * is not among them). {@link AccessPolicy} decides on these facts.
 */
public record PupilAccess(long pupilId, long schoolId, String mentor, Set<String> participants) {
}
