package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.AccountInfo;
import nl.aanwezig.admin.NewAccount;
import nl.aanwezig.admin.PlaceAdmin;
import nl.aanwezig.admin.SchoolAdmin;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.LoginThrottle;
import nl.aanwezig.base.ui.Notifications;

/**
 * One account: create it, or change it, disable or enable it and reset its password. A generated password is
 * shown here once; it is stored only as a hash.
 */
@Route("beheer/account")
@PageTitle("Account – Aanwezig")
@RolesAllowed("ADMIN")
public class AccountView extends VerticalLayout implements HasUrlParameter<String> {

    static final String NEW = "nieuw";

    final H2 title = new H2();
    final AccountFields fields;
    final Button save = new Button();
    final Button toggle = new Button();
    final PasswordField newPassword = new PasswordField();
    final Button reset = new Button();
    final Button unlock = new Button();
    final Paragraph oneTime = new Paragraph();
    final VerticalLayout existing = new VerticalLayout();
    final FieldErrors resetErrors = new FieldErrors();

    private final transient AccountAdmin accounts;
    private final transient LoginThrottle throttle;
    private AccountInfo account;

    public AccountView(AccountAdmin accounts, SchoolAdmin schools, PlaceAdmin places, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.fields = new AccountFields(schools.list(), places.regions());
        save.setText(getTranslation("common.save"));
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        toggle.addClickListener(e -> toggle());
        newPassword.setLabel(getTranslation("admin.account.newPassword"));
        newPassword.setHelperText(getTranslation("admin.account.password.helper"));
        newPassword.setWidth("24em");
        reset.setText(getTranslation("admin.account.reset"));
        reset.addClickListener(e -> resetPassword());
        unlock.setText(getTranslation("admin.account.unlock"));
        unlock.addClickListener(e -> unlock());
        resetErrors.bind("password", newPassword);
        oneTime.setId("account-one-time");
        oneTime.setVisible(false);
        HorizontalLayout resetRow = new HorizontalLayout(newPassword, reset);
        resetRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        existing.setPadding(false);
        existing.add(new H3(getTranslation("admin.account.manage")), new HorizontalLayout(toggle, unlock), resetRow);
        add(title, fields, save, oneTime, existing);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            title.setText(getTranslation("admin.account.new"));
            existing.setVisible(false);
            return;
        }
        try {
            show(accounts.get(parameter));
        } catch (UserFacingException e) {
            title.setText(getTranslation("admin.account.notFound"));
            fields.setVisible(false);
            save.setVisible(false);
            existing.setVisible(false);
        }
    }

    private void show(AccountInfo shown) {
        account = shown;
        title.setText(shown.displayName() + " (" + shown.username() + ")");
        fields.show(shown);
        toggle.setText(getTranslation(shown.enabled() ? "admin.account.disable" : "admin.account.enable"));
        existing.setVisible(true);
    }

    void save() {
        fields.errors.clear();
        try {
            if (account == null) {
                NewAccount created = accounts.create(fields.form());
                Notifications.success(getTranslation("admin.account.created", created.account().username()));
                show(created.account());
                showOneTime(created);
            } else {
                show(accounts.update(account.username(), fields.form()));
                Notifications.success(getTranslation("admin.account.saved", account.username()));
            }
        } catch (UserFacingException e) {
            fields.errors.show(e);
        }
    }

    void toggle() {
        try {
            show(accounts.setEnabled(account.username(), !account.enabled()));
            Notifications.success(getTranslation(account.enabled() ? "admin.account.enabled" : "admin.account.wasDisabled",
                    account.username()));
        } catch (UserFacingException e) {
            Notifications.error(e);
        }
    }

    /** Lifts a login lock after too many failed attempts (audited by the throttle). */
    void unlock() {
        boolean was = throttle.unlock(account.username());
        Notifications.success(getTranslation(was ? "admin.account.unlocked" : "admin.account.notLocked",
                account.username()));
    }

    void resetPassword() {
        resetErrors.clear();
        try {
            NewAccount changed = accounts.resetPassword(account.username(), newPassword.getValue());
            newPassword.clear();
            Notifications.success(getTranslation("admin.account.passwordReset", account.username()));
            showOneTime(changed);
        } catch (UserFacingException e) {
            resetErrors.show(e);
        }
    }

    private void showOneTime(NewAccount result) {
        oneTime.setVisible(result.oneTimePassword() != null);
        oneTime.setText(result.oneTimePassword() == null ? ""
                : getTranslation("admin.account.oneTimeShown", result.account().username(), result.oneTimePassword()));
    }
}
