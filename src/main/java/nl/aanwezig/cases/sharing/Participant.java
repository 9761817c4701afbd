package nl.aanwezig.cases.sharing;

import java.time.Instant;

/**
 * A person with an account who takes part in a case: a partner who joined by a signal or was invited, or school staff.
 * They see the case from {@code addedAt} on; {@code removedAt} ends their access.
 */
public record Participant(String username, String displayName, ParticipantRole role, String organisation,
                          String invitedBy, Instant invitedAt, Instant addedAt, Instant removedAt) {

    public boolean active() {
        return removedAt == null;
    }
}
