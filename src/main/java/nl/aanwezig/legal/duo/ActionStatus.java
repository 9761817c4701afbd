package nl.aanwezig.legal.duo;

/** A leerplicht action planned for its date, or done. */
public enum ActionStatus {
    GEPLAND, UITGEVOERD
}
