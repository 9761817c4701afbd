package nl.aanwezig.cases.sharing;

import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * A contribution to the shared plan. {@code medicalNote} is for the jeugdarts only: it goes to the medical notes,
 * which nobody else reads; {@code text} is what everyone on the case sees (for the jeugdarts: the advice).
 */
public record ContributionForm(Contribution.Kind kind, String text, String medicalNote) {

    static final int MAX_TEXT = 4000;

    public List<Message> validate() {
        List<Message> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new Message("sharing.error.kind.required"));
        }
        if (text == null || text.isBlank()) {
            errors.add(new Message("sharing.error.text.required"));
        } else if (text.length() > MAX_TEXT) {
            errors.add(new Message("sharing.error.text.tooLong", MAX_TEXT));
        }
        return errors;
    }

    boolean hasMedicalNote() {
        return medicalNote != null && !medicalNote.isBlank();
    }
}
