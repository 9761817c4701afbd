package nl.aanwezig.security;

import java.util.Set;

/**
 * The facts about one pupil that decide who may open the dossier: its school, its mentor and the
 * chain partners that joined an open case.
 */
public record PupilAccess(long pupilId, long schoolId, String mentor, Set<String> participants) {
}
