package nl.aanwezig.base.upload;

/**
 * A row of an import file that could not be read.
 *
 * @param line   1-based line number in the file (the header is line 1)
 * @param reason why, in Dutch, for the user (e.g. {@code ongeldige datum '2026-13-01'})
 */
public record RowError(int line, String reason) {
}
