package nl.aanwezig.attendance;

/**
 * The kinds of verzuimmelding DUO's register knows. The names are stored ({@code duo_report.type}), shown
 * ({@code duo.type.*}), answered by the API and carried by the DUO route ({@code reportType}): keep them.
 * Which signal raises which kind: {@link SignalType#reportKind()}.
 */
public enum DuoReportKind {
    /** 16 uur ongeoorloofd verzuim in 4 schoolweken. */
    DUO_16H(true),
    /** Langdurig relatief verzuim: unauthorised absence in more than 4 consecutive school weeks. */
    LRV(true),
    /** Luxe verzuim: extra holiday without leave. */
    LUXE(false),
    /** RMC: an 18-22-year-old without startkwalificatie. */
    RMC(true),
    OVERIG(false);

    private final boolean endDateRequired;

    DuoReportKind(boolean endDateRequired) {
        this.endDateRequired = endDateRequired;
    }

    /** DUO asks for an end date with 16 uur, LRV and RMC. */
    public boolean endDateRequired() {
        return endDateRequired;
    }
}
