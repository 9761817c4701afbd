package nl.aanwezig.legal.letters;

import java.time.Instant;

/** A municipality's letter template ({@code updatedBy}: the name of who saved it last); {@code version} is sent back when saving, so a concurrent edit is found out. */
public record LetterTemplate(long id, String kind, String title, String body, long version, String updatedBy,
                             Instant updatedAt) {
}
