package nl.aanwezig.cases.sharing;

import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;

/** A participant without an account, as the regievoerder adds them. */
public record ContactForm(String name, ParticipantRole role, String organisation, String contactNote) {

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 500;

    public List<Message> validate() {
        List<Message> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new Message("sharing.error.contactName.required"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new Message("sharing.error.contactName.tooLong", MAX_NAME));
        }
        if (role == null || !role.withoutAccount()) {
            errors.add(new Message("sharing.error.contactRole.required"));
        }
        if (organisation != null && organisation.length() > MAX_NAME) {
            errors.add(new Message("sharing.error.contactOrganisation.tooLong", MAX_NAME));
        }
        if (contactNote != null && contactNote.length() > MAX_NOTE) {
            errors.add(new Message("sharing.error.contactNote.tooLong", MAX_NOTE));
        }
        return errors;
    }

    /** The roles of people who take part without an account. */
    public static List<ParticipantRole> roles() {
        return List.of(ParticipantRole.PARENT, ParticipantRole.PUPIL, ParticipantRole.CARE_PROVIDER,
                ParticipantRole.YOUTH_COACH);
    }
}
