package nl.aanwezig.school;

/** The three regions of the Dutch school holidays (vakantiespreiding); the summer holiday rotates between them. */
public enum HolidayRegion {
    NOORD, MIDDEN, ZUID
}
