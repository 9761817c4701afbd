package nl.aanwezig.attendance.api;

/** A request the API cannot carry out, with the reason in Dutch. */
public record ApiError(String message) {
}
