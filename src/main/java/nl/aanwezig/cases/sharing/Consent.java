package nl.aanwezig.cases.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Parents' consent to share the case with partners outside the school: given on a date, by whom, for which partner
 * roles (scope), and, once withdrawn, on which date and by whom.
 */
public record Consent(long id, LocalDate givenOn, String givenBy, Set<ParticipantRole> scope, String note,
                      String recordedBy, Instant recordedAt, LocalDate withdrawnOn, String withdrawnBy) {

    public boolean inForce() {
        return withdrawnOn == null;
    }

    /** Whether the consent, still in force, lets the school share with this role. */
    public boolean covers(ParticipantRole role) {
        return inForce() && scope.contains(role);
    }
}
