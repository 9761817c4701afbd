package nl.aanwezig.cases.family;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * A staff member invites a parent (with or without parental authority, recorded per parent) or the pupil. The e-mail
 * address is optional: without it, or without SMTP, the link is shown once to hand over.
 */
public record InvitationForm(FamilyKind kind, String name, String email, boolean parentalAuthority) {

    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    List<Message> validate() {
        List<Message> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(new Message("family.error.kind"));
        }
        if (name == null || name.isBlank()) {
            errors.add(new Message("family.error.name"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new Message("family.error.nameTooLong", MAX_NAME));
        }
        if (email != null && !email.isBlank() && (email.strip().length() > MAX_EMAIL
                || !EMAIL.matcher(email.strip()).matches())) {
            errors.add(new Message("family.error.email"));
        }
        return errors;
    }

    String cleanEmail() {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
