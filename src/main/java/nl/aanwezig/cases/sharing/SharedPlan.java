package nl.aanwezig.cases.sharing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The case's active integrated plan as partners read it: its goals and interventions. */
public record SharedPlan(LocalDate startedOn, LocalDate nextEvaluation, List<Goal> goals,
                         List<Intervention> interventions) {

    /** A goal for home, education or care, with its measure and target attendance. */
    public record Goal(String domain, String description, String measure, BigDecimal targetPct) {
    }

    /** An intervention with its owner, start and duration. */
    public record Intervention(String description, String owner, LocalDate startsOn, int durationWeeks) {
    }
}
