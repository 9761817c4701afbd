package nl.aanwezig.legal.duo;

/** A report's status: the school's concept, then DUO's statuses. */
public enum DuoStatus {
    CONCEPT, GEMELD, IN_BEHANDELING, AFGESLOTEN, INGETROKKEN, TER_KENNISGEVING_AANGENOMEN;

    /**
     * Made at DUO and so handed to leerplicht: not a concept the OC is still writing, nor one withdrawn before it was
     * made. Leerplicht sees only these.
     */
    public boolean sent() {
        return this != CONCEPT && this != INGETROKKEN;
    }

    /** Leerplicht still has work on it. */
    public boolean open() {
        return this == GEMELD || this == IN_BEHANDELING;
    }

    /** How leerplicht may close a report. */
    public boolean closing() {
        return this == AFGESLOTEN || this == TER_KENNISGEVING_AANGENOMEN;
    }
}
