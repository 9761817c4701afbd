package nl.aanwezig.cases.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * What the mentor fills in after talking with pupil and parents. Validated here, so the screen and
 * any other caller apply the same rules.
 */
public record ConversationForm(LocalDate heldOn, boolean withPupil, boolean withParents, String otherParticipants,
                               Set<Topic> topics, String agreements, LocalDate followUpDate, Outcome outcome) {

    static final int MAX_TEXT = 4000;

    /** Every broken rule, as message keys; empty when the form may be saved. */
    public List<Message> validate(LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (heldOn == null) {
            errors.add(new Message("conversation.error.heldOn.required"));
        } else if (heldOn.isAfter(today)) {
            errors.add(new Message("conversation.error.heldOn.future"));
        }
        if (!withPupil && !withParents && (otherParticipants == null || otherParticipants.isBlank())) {
            errors.add(new Message("conversation.error.participants.required"));
        }
        if (topics == null || topics.isEmpty()) {
            errors.add(new Message("conversation.error.topics.required"));
        }
        if (agreements == null || agreements.isBlank()) {
            errors.add(new Message("conversation.error.agreements.required"));
        } else if (agreements.length() > MAX_TEXT) {
            errors.add(new Message("conversation.error.agreements.tooLong", MAX_TEXT));
        }
        if (otherParticipants != null && otherParticipants.length() > 300) {
            errors.add(new Message("conversation.error.participants.tooLong", 300));
        }
        if (outcome == null) {
            errors.add(new Message("conversation.error.outcome.required"));
        }
        validateFollowUp(today, errors);
        return errors;
    }

    private void validateFollowUp(LocalDate today, List<Message> errors) {
        if (followUpDate == null) {
            // keeping watch without a date to look again is letting go
            if (outcome == Outcome.WATCH) {
                errors.add(new Message("conversation.error.followUp.required"));
            }
        } else if (followUpDate.isBefore(today)) {
            errors.add(new Message("conversation.error.followUp.past"));
        }
    }
}
