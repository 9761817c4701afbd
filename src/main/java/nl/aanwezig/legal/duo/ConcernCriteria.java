package nl.aanwezig.legal.duo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;

/**
 * A school's own criteria for the signaal zorgelijk verzuim, below the DUO 16-hour line: N hours of unauthorised
 * absence in M school weeks, and/or K late arrivals in L school weeks. A pair left empty is off.
 *
 * @param updatedBy who set them last (null before they were ever set)
 */
public record ConcernCriteria(Integer unauthorisedHours, Integer unauthorisedWeeks, Integer lateTimes,
                              Integer lateWeeks, String updatedBy, Instant updatedAt) {

    static final int MAX_WEEKS = 40;

    /** The Dutch problems with these criteria; empty when they may be saved. */
    List<UserFacingException.Message> problems() {
        List<UserFacingException.Message> problems = new ArrayList<>();
        pair(problems, unauthorisedHours, unauthorisedWeeks, "concern.error.hoursPair", 200);
        pair(problems, lateTimes, lateWeeks, "concern.error.latePair", 200);
        if (unauthorisedHours != null && unauthorisedWeeks != null && unauthorisedWeeks <= 4 && unauthorisedHours >= 16) {
            problems.add(new UserFacingException.Message("concern.error.belowDuo"));
        }
        return problems;
    }

    private static void pair(List<UserFacingException.Message> problems, Integer amount, Integer weeks, String key,
                             int maxAmount) {
        if ((amount == null) != (weeks == null)) {
            problems.add(new UserFacingException.Message(key));
        } else if (amount != null && (amount < 1 || amount > maxAmount || weeks < 1 || weeks > MAX_WEEKS)) {
            problems.add(new UserFacingException.Message("concern.error.range", maxAmount, MAX_WEEKS));
        }
    }
}
