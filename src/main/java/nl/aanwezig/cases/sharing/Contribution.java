package nl.aanwezig.cases.sharing;

import java.time.Instant;

/** A note, agreement or part of the plan a partner or school staff member added to the shared plan. */
public record Contribution(long id, String author, String authorName, ParticipantRole authorRole, Kind kind,
                           String text, Instant writtenAt) {

    /** What a contribution is. */
    public enum Kind { NOTE, AGREEMENT, PLAN_PART }
}
