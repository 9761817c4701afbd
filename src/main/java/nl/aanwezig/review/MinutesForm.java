package nl.aanwezig.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * The minutes of one case in a meeting: the discussion and the new decisions. A decision row left wholly empty is
 * no decision. Message keys are {@code meeting.error.<field>.<rule>}; a decision's messages carry its number first.
 */
public record MinutesForm(String discussion, List<DecisionForm> decisions) {

    static final int MAX_DISCUSSION = 8000;
    static final int MAX_DESCRIPTION = 1000;

    public MinutesForm {
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** A decision: what, who carries it out, by when. */
    public record DecisionForm(String description, String owner, LocalDate dueOn) {

        boolean isEmpty() {
            return (description == null || description.isBlank()) && owner == null && dueOn == null;
        }
    }

    /** The decisions that are filled in at all. */
    public List<DecisionForm> filledIn() {
        return decisions.stream().filter(d -> !d.isEmpty()).toList();
    }

    /**
     * Every broken rule; empty when it may be saved.
     *
     * @param meetingDate a decision is due on or after the meeting
     * @param owners      who may own a decision of this case (they can open its dossier)
     */
    public List<Message> validate(LocalDate meetingDate, Set<String> owners) {
        List<Message> errors = new ArrayList<>();
        if (discussion == null || discussion.isBlank()) {
            errors.add(new Message("meeting.error.discussion.required"));
        } else if (discussion.length() > MAX_DISCUSSION) {
            errors.add(new Message("meeting.error.discussion.tooLong", MAX_DISCUSSION));
        }
        List<DecisionForm> filled = filledIn();
        for (int i = 0; i < filled.size(); i++) {
            validate(i + 1, filled.get(i), meetingDate, owners, errors);
        }
        return errors;
    }

    private static void validate(int n, DecisionForm d, LocalDate meetingDate, Set<String> owners, List<Message> errors) {
        if (d.description() == null || d.description().isBlank()) {
            errors.add(new Message("meeting.error.decision.description.required", n));
        } else if (d.description().length() > MAX_DESCRIPTION) {
            errors.add(new Message("meeting.error.decision.description.tooLong", n, MAX_DESCRIPTION));
        }
        if (d.owner() == null) {
            errors.add(new Message("meeting.error.decision.owner.required", n));
        } else if (!owners.contains(d.owner())) {
            errors.add(new Message("meeting.error.decision.owner.noAccess", n));
        }
        if (d.dueOn() == null) {
            errors.add(new Message("meeting.error.decision.dueOn.required", n));
        } else if (d.dueOn().isBefore(meetingDate)) {
            errors.add(new Message("meeting.error.decision.dueOn.beforeMeeting", n));
        }
    }
}
