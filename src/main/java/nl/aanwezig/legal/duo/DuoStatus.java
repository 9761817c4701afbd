package nl.aanwezig.legal.duo;

/** A report's status: the school's concept, then DUO's statuses. */
public enum DuoStatus {
    CONCEPT, GEMELD, IN_BEHANDELING, AFGESLOTEN, INGETROKKEN, TER_KENNISGEVING_AANGENOMEN;

    /** Leerplicht still has work on it. */
    public boolean open() {
        return this == GEMELD || this == IN_BEHANDELING;
    }

    /** How leerplicht may close a report. */
    public boolean closing() {
        return this == AFGESLOTEN || this == TER_KENNISGEVING_AANGENOMEN;
    }
}
