package nl.aanwezig.legal.duo;

/** The kinds of verzuimmelding DUO's register knows. */
public enum DuoReportType {
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

    DuoReportType(boolean endDateRequired) {
        this.endDateRequired = endDateRequired;
    }

    /** DUO asks for an end date with 16 uur, LRV and RMC. */
    public boolean endDateRequired() {
        return endDateRequired;
    }

    /** The report type for a signal's type, or null when the signal is not a DUO report. */
    public static DuoReportType ofSignal(String signalType) {
        return switch (signalType) {
            case "DUO_16H" -> DUO_16H;
            case "LRV" -> LRV;
            case "LUXE" -> LUXE;
            default -> null;
        };
    }
}
