package nl.aanwezig.attendance;

/** The kinds of signal the registrations raise. */
public enum SignalType {
    EMPTY_CHAIR, MAZL, DUO_16H, LUXE, BAND_CHANGE,
    /** Langdurig relatief verzuim: unauthorised absence in more than 4 consecutive school weeks. */
    LRV,
    /** Signaal zorgelijk verzuim: the school's own criteria below the 16-hour line. */
    CONCERN
}
