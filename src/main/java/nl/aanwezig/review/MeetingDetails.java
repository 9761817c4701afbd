package nl.aanwezig.review;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.aanwezig.cases.CaseStage;

/**
 * A meeting as its screen shows it: who attends, the cases on the agenda with their minutes and decisions, and what
 * else is suggested.
 */
public record MeetingDetails(long id, LocalDate date, LocalTime time, List<Attendee> attendees, List<Item> items,
                             List<AgendaSuggestion> suggestions) {

    /** A staff account (username set) or someone from outside, by name. */
    public record Attendee(String username, String name) {
    }

    /**
     * A case on the agenda.
     *
     * @param reasons    why it was suggested (empty when the OC added it)
     * @param discussion the minutes saved so far, or null
     * @param version    to send back when saving, so a concurrent save is found out
     */
    public record Item(long id, long caseId, long pupilId, String leerling, String pupilName, CaseStage stage,
                       List<Reason> reasons, String discussion, long version, String savedBy, Instant savedAt,
                       List<Decision> decisions) {
    }

    /** A decision taken; {@code doneAt} is set once its owner carried it out. */
    public record Decision(long id, String description, String owner, String ownerName, LocalDate dueOn,
                           String doneNote, Instant doneAt) {
    }
}
