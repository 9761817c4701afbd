package nl.aanwezig.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.security.PasswordChanges;
import nl.aanwezig.security.PasswordPolicy;

/**
 * Every user changes their own password here; a user with a one-time password is sent here by
 * {@link ForcedPasswordChange} from every other screen until it is changed.
 */
@Route("wachtwoord-wijzigen")
@PageTitle("Aanwezig – wachtwoord wijzigen")
@Menu(title = "login.nav.changePassword", order = 99)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph required = new Paragraph();
    final PasswordField current = new PasswordField();
    final PasswordField password = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();
    private final transient PasswordChanges changes;

    public ChangePasswordView(PasswordChanges changes) {
        this.changes = changes;
        current.setLabel(getTranslation("login.change.current"));
        password.setLabel(getTranslation("login.change.new"));
        password.setHelperText(getTranslation("login.change.rules", PasswordPolicy.MIN_LENGTH));
        repeated.setLabel(getTranslation("login.change.repeat"));
        List.of(current, password, repeated).forEach(f -> f.setWidth("24em"));
        required.setText(getTranslation("login.change.required"));
        required.addClassName("change-password-required");
        save.setText(getTranslation("login.change.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("login.change.title")), required, current, password, repeated, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        required.setVisible(changes.mustChange());
    }

    private void save() {
        List.of(current, password, repeated).forEach(f -> f.setInvalid(false));
        try {
            changes.change(current.getValue(), password.getValue(), repeated.getValue());
        } catch (UserFacingException e) {
            markInvalid(e.messages());
            Notifications.error(e);
            return;
        }
        List.of(current, password, repeated).forEach(PasswordField::clear);
        Notifications.success(getTranslation("login.change.saved"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    /** Each field says what is wrong with it; the messages are the bundle's, in Dutch. */
    private void markInvalid(List<UserFacingException.Message> messages) {
        mark(current, messages, "login.change.wrongCurrent");
        mark(password, messages, PasswordPolicy.TOO_SHORT, PasswordPolicy.TOO_LONG, PasswordPolicy.LIKE_LOGIN, PasswordPolicy.COMMON,
                PasswordPolicy.REPEATED, PasswordPolicy.SEQUENCE, PasswordPolicy.PERSONAL, "login.change.sameAsCurrent");
        mark(repeated, messages, "login.change.notRepeated");
    }

    private static void mark(PasswordField field, List<UserFacingException.Message> messages, String... keys) {
        List<String> own = List.of(keys);
        String text = messages.stream().filter(m -> own.contains(m.key())).map(Messages::text)
                .collect(Collectors.joining(" "));
        field.setInvalid(!text.isEmpty());
        field.setErrorMessage(text);
    }
}
