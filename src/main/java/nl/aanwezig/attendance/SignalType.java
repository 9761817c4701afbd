package nl.aanwezig.attendance;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of signal the registrations raise; some of them are a verzuimmelding to DUO. */
public enum SignalType {
    EMPTY_CHAIR(null), MAZL(null), DUO_16H(DuoReportKind.DUO_16H), LUXE(DuoReportKind.LUXE), BAND_CHANGE(null),
    /** Langdurig relatief verzuim: unauthorised absence in more than 4 consecutive school weeks. */
    LRV(DuoReportKind.LRV),
    /** Signaal zorgelijk verzuim: the school's own criteria below the 16-hour line. */
    CONCERN(null);

    private final DuoReportKind reportKind;

    SignalType(DuoReportKind reportKind) {
        this.reportKind = reportKind;
    }

    /** The kind of DUO report this signal is; empty when the signal is not reported to DUO. */
    public Optional<DuoReportKind> reportKind() {
        return Optional.ofNullable(reportKind);
    }

    /** The signal that raises a report of this kind (the inverse of {@link #reportKind()}). */
    public static SignalType raising(DuoReportKind kind) {
        return Arrays.stream(values()).filter(t -> t.reportKind == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no signal raises " + kind));
    }
}
