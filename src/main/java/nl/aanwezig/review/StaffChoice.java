package nl.aanwezig.review;

/** A staff account to pick (an attendee, a decision's owner), with the name people know. */
public record StaffChoice(String username, String displayName) {
}
