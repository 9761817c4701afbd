package nl.aanwezig.legal.letters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leerplicht edits the letter templates of the municipality they work for, and only those. A template uses only the
 * known variables ({@link LetterVariables}): an unknown one is refused on save, named in the message.
 */
@Service
@PreAuthorize("hasRole('LEERPLICHT')")
public class LetterTemplateService {

    static final String EDIT = "LETTER_TEMPLATE_EDIT";
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20000;

    private final LetterTemplates templates;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    LetterTemplateService(LetterTemplates templates, CurrentUsers users, AuditLog audit, Clock clock) {
        this.templates = templates;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The templates of the user's municipality (the defaults the first time). */
    @Transactional
    public List<LetterTemplate> templates() {
        return templates.ofMunicipality(municipality(users.require()));
    }

    /** The name of the user's municipality, for the screen's heading. */
    @Transactional(readOnly = true)
    public String municipalityName() {
        return templates.municipalityName(municipality(users.require()));
    }

    /**
     * Saves a template of the user's own municipality; another municipality's is refused (audited). {@code version}
     * is the version the screen read: when someone saved in between, nothing is saved and the message says so.
     */
    @Transactional
    public void save(long templateId, long version, String title, String body) {
        CurrentUser user = users.require();
        LetterTemplates.Owned t = templates.find(templateId)
                .orElseThrow(() -> new UserFacingException("letter.error.notFound"));
        boolean own = t.municipalityId() != null && t.municipalityId() == municipality(user);
        audit.record(user, null, EDIT, own, "letter template " + templateId);
        if (!own) {
            throw new AccessDeniedException("letter template " + templateId + " is not of the municipality of "
                    + user.username());
        }
        List<Message> errors = validate(title, body);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        if (!templates.update(templateId, version, title.strip(), body.strip(), user.username(), clock.instant())) {
            throw new UserFacingException("letter.error.concurrent");
        }
    }

    static List<Message> validate(String title, String body) {
        List<Message> errors = new ArrayList<>();
        if (title == null || title.isBlank()) {
            errors.add(new Message("letter.error.title.required"));
        } else if (title.length() > MAX_TITLE) {
            errors.add(new Message("letter.error.title.tooLong", MAX_TITLE));
        }
        if (body == null || body.isBlank()) {
            errors.add(new Message("letter.error.body.required"));
        } else if (body.length() > MAX_BODY) {
            errors.add(new Message("letter.error.body.tooLong", MAX_BODY));
        }
        for (String unknown : LetterVariables.unknown(title + "\n" + body)) {
            errors.add(new Message("letter.error.unknownVariable", "{" + unknown + "}"));
        }
        return errors;
    }

    long municipality(CurrentUser user) {
        return templates.municipalityOf(user.username())
                .orElseThrow(() -> new UserFacingException("letter.error.noMunicipality"));
    }
}
