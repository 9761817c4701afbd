package nl.aanwezig.attendance;

/** The kinds of signal the registrations raise. */
public enum SignalType {
    EMPTY_CHAIR, MAZL, DUO_16H, LUXE, BAND_CHANGE
}
