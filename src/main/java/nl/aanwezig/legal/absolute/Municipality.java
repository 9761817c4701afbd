package nl.aanwezig.legal.absolute;

/** A municipality the form offers. */
public record Municipality(long id, String name) {
}
