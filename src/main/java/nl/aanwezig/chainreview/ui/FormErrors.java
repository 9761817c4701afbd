package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The Dutch messages of a refused form, shown next to it (and as a notification); hidden while all goes well. The
 * services save in one transaction, so a refusal leaves nothing half saved.
 */
final class FormErrors extends Paragraph {

    FormErrors() {
        addClassName("form-errors");
        getStyle().set("color", "var(--lumo-error-text-color)");
        setVisible(false);
    }

    /** Runs the service call; on a refusal shows why and answers false. */
    boolean attempt(Runnable call) {
        try {
            call.run();
            clear();
            return true;
        } catch (UserFacingException e) {
            show(e.messages().stream().map(Messages::text).collect(Collectors.joining(" ")));
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            show(getTranslation("common.noAccess"));
            Notifications.noAccess();
        }
        return false;
    }

    void show(String text) {
        setText(text);
        setVisible(true);
    }

    void clear() {
        setText("");
        setVisible(false);
    }
}
