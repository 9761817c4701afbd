package nl.aanwezig.chainreview;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A chain review as one user may see it: every pupil they may not know by name under their pseudonym. */
public record ReviewView(Summary summary, String chair, String chairName, String purpose, String legalGround,
                         String shared, List<Attendee> attendees, List<Item> items, List<Theme> themes,
                         List<Action> actions, List<Addition> additions, boolean chairs) {

    public record Summary(long id, long regionId, String region, String quarter, LocalDate preparedOn,
                          LocalDate meetingOn, String state, int items, int thuiszitters) {
        public boolean closed() {
            return "CLOSED".equals(state);
        }
    }

    /**
     * One subject of the list. {@code label} is the name when the user may see it, else "Leerling R-0147";
     * {@code caseId} only when named (a link to the dossier). Percentages are rounded down to one decimal.
     */
    public record Item(long id, String label, boolean named, String pseudonym, Long caseId, String school,
                       String sector, Integer age, List<String> reasons, String category, LocalDate thuisSince,
                       String stage, LocalDate stageSince, LocalDate firstSignalOn, Long daysSinceSignal,
                       Long daysSignalToPlan, BigDecimal recentPct, BigDecimal previousPct, BigDecimal sincePlanPct,
                       String regievoerder, String regievoerderOrg, String partners, String consent,
                       LocalDate lastEvaluation, LocalDate nextEvaluation, String lastReviewOutcome,
                       String goodThings, String rightPeople) {
        /** The trend in percentage points, negative when worsening; null when either period is unknown. */
        public BigDecimal trend() {
            return recentPct == null || previousPct == null ? null : recentPct.subtract(previousPct);
        }
    }

    public record Attendee(long id, String name, String organisation) {
    }

    public record Theme(long id, String theme, String recommendation, String recordedBy, Instant recordedAt) {
    }

    /** An action, deadlock or recommendation; {@code subject} the item's label as the user may see it, or null. */
    public record Action(long id, Long itemId, Long themeId, String kind, String description, String owner,
                         String ownerName, String school, LocalDate dueOn, String outcome, LocalDate doneOn,
                         String subject) {
    }

    public record Addition(long id, String text, String addedBy, Instant addedAt) {
    }
}
