package nl.aanwezig.legal.duo;

/** What leerplicht does with a report. */
public enum LeerplichtAction {
    GESPREK, OPROEP, HALT, VERWIJZING, PROCES_VERBAAL
}
