package nl.aanwezig.cases.sharing;

import java.time.Instant;

/** A participant without an account: a parent, the pupil, a care provider, a coach without a login. */
public record Contact(long id, String name, ParticipantRole role, String organisation, String contactNote,
                      Instant addedAt) {
}
