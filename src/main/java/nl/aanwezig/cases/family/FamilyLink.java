package nl.aanwezig.cases.family;

import java.time.Instant;

/**
 * An invitation of a family member to a child's case and, once accepted, their link to the child. {@code username}
 * is set when accepted; {@code withdrawnAt} ends the invitation or the access.
 */
public record FamilyLink(long id, long pupilId, FamilyKind kind, String name, String email, boolean parentalAuthority,
                         String username, Instant expiresAt, String invitedBy, Instant invitedAt, Instant acceptedAt,
                         Instant withdrawnAt) {

    public boolean active() {
        return acceptedAt != null && withdrawnAt == null;
    }

    /** Open: not yet accepted, not withdrawn, not expired at {@code now}. */
    public boolean pending(Instant now) {
        return acceptedAt == null && withdrawnAt == null && now.isBefore(expiresAt);
    }
}
