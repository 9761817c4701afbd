package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.family.FamilyInvitations;
import nl.aanwezig.security.PasswordPolicy;

/**
 * The page an invitation's link opens, without a login: whose invitation for which child, then a login and a password
 * (every problem of the policy at once), or, for a family account already signed in, linking it to that account.
 */
@Route(value = "uitnodiging/:token", layout = FamilyLayout.class)
@PageTitle("Uitnodiging – Aanwezig")
@AnonymousAllowed
public class InvitationView extends VerticalLayout implements BeforeEnterObserver {

    private final transient FamilyInvitations invitations;
    private final transient AuthenticationContext auth;
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Div errors = FamilyTexts.errorArea();
    private String token;

    public InvitationView(FamilyInvitations invitations, AuthenticationContext auth) {
        this.invitations = invitations;
        this.auth = auth;
        addClassName("family-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H1(getTranslation("familyui.invite.title")));
        Optional<FamilyInvitations.InvitationInfo> info = invitations.describe(token);
        if (info.isEmpty()) {
            Paragraph invalid = new Paragraph(getTranslation("familyui.invite.invalid"));
            invalid.addClassName("family-invalid");
            add(invalid);
            return;
        }
        FamilyInvitations.InvitationInfo i = info.get();
        add(new Paragraph(getTranslation("familyui.invite.for", i.name(), i.schoolName(), i.childFirstName())),
                new Paragraph(getTranslation("familyui.invite.until",
                        FamilyTexts.date(LocalDate.ofInstant(i.expiresAt(), TimeConfig.SCHOOL_ZONE)))));
        if (auth.isAuthenticated()) {
            signedIn();
        } else {
            form();
        }
    }

    private void signedIn() {
        if (!auth.hasAnyRole("OUDER", "LEERLING")) {
            add(new Paragraph(getTranslation("familyui.invite.staff")));
            return;
        }
        Button link = new Button(getTranslation("familyui.invite.link"), e -> link());
        link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("familyui.invite.linkIntro")), errors, link);
    }

    private void form() {
        username.setLabel(getTranslation("familyui.invite.username"));
        username.setHelperText(getTranslation("familyui.invite.usernameHelp"));
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setLabel(getTranslation("familyui.invite.password"));
        password.setHelperText(getTranslation("familyui.invite.passwordHelp", PasswordPolicy.MIN_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeated.setLabel(getTranslation("familyui.invite.repeat"));
        repeated.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        for (var field : new com.vaadin.flow.component.textfield.TextFieldBase<?, ?>[] {username, password, repeated}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        username.setId("inlognaam");
        password.setId("wachtwoord");
        repeated.setId("herhaal");
        Button submit = new Button(getTranslation("familyui.invite.submit"), e -> accept());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("maak-account");
        add(new H2(getTranslation("familyui.invite.make")), errors, username, password, repeated, submit);
    }

    private void accept() {
        try {
            invitations.accept(token, username.getValue(), password.getValue(), repeated.getValue());
        } catch (UserFacingException e) {
            FamilyTexts.show(errors, e);
            errors.addComponentAsFirst(new Paragraph(getTranslation("familyui.invite.problems")));
            return;
        }
        UI.getCurrent().getPage().setLocation("login?klaar");
    }

    private void link() {
        try {
            invitations.acceptSignedIn(token);
        } catch (UserFacingException e) {
            FamilyTexts.show(errors, e);
            return;
        }
        UI.getCurrent().navigate("gezin");
    }
}
