package nl.aanwezig.legal.exemption;

/** Where an exemption stands: not decided yet, granted for its period, or refused. */
public enum Outcome {
    PENDING, GRANTED, REFUSED
}
