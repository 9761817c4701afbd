package nl.aanwezig.cases.sharing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.UserFacingException.Message;

/** Parents' consent as the school records it: when, by whom, with which partners it may be shared. */
public record ConsentForm(LocalDate givenOn, String givenBy, Set<ParticipantRole> scope, String note) {

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 500;

    /** Every broken rule as message keys ({@code sharing.error.<field>.<rule>}); empty when it may be saved. */
    public List<Message> validate(LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (givenOn == null) {
            errors.add(new Message("sharing.error.givenOn.required"));
        } else if (givenOn.isAfter(today)) {
            errors.add(new Message("sharing.error.givenOn.future"));
        }
        if (givenBy == null || givenBy.isBlank()) {
            errors.add(new Message("sharing.error.givenBy.required"));
        } else if (givenBy.length() > MAX_NAME) {
            errors.add(new Message("sharing.error.givenBy.tooLong", MAX_NAME));
        }
        if (scope == null || scope.isEmpty()) {
            errors.add(new Message("sharing.error.scope.required"));
        } else if (!scopes().containsAll(scope)) {
            errors.add(new Message("sharing.error.scope.invalid"));
        }
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new Message("sharing.error.consentNote.tooLong", MAX_NOTE));
        }
        return errors;
    }

    /** The partner roles a consent can name: those outside the school. */
    public static List<ParticipantRole> scopes() {
        return List.of(ParticipantRole.JEUGDARTS, ParticipantRole.SWV_CONSULTANT, ParticipantRole.YOUTH_COACH,
                ParticipantRole.CARE_PROVIDER);
    }
}
