package nl.aanwezig.legal.deviation;

/** An approved deviation was withdrawn or ended before its evaluation: its route has nothing left to remind of. */
public record DeviationStopped(long deviationId, long caseId) {
}
