package nl.aanwezig.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.aanwezig.security.SingleSignOn;

@Route(value = "login", autoLayout = false)
@PageTitle("Aanwezig – inloggen")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    final Anchor singleSignOn = new Anchor();
    final Paragraph ready = new Paragraph();

    public LoginView(SingleSignOn sso) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setI18n(dutch());
        login.setForgotPasswordButtonVisible(false);
        ready.setText(getTranslation("familyui.invite.ready"));
        ready.addClassName("login-ready");
        ready.getElement().setAttribute("role", "status");
        ready.setVisible(false);
        add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), ready, login);
        if (sso.enabled()) {
            // a plain link: Spring Security, not the router, starts the login at the provider
            singleSignOn.setHref(SingleSignOn.LOGIN_PATH);
            singleSignOn.setRouterIgnore(true);
            singleSignOn.setText(getTranslation("login.sso.button", sso.providerName()));
            singleSignOn.addClassName("login-sso");
            add(singleSignOn);
        }
    }

    private LoginI18n dutch() {
        return dutch("login.error.title", "login.error.message");
    }

    private LoginI18n dutch(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorTitle));
        error.setMessage(getTranslation(errorMessage));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("sso-error")) {
            // the provider knew them, this app has no (enabled) account for them
            login.setI18n(dutch("login.sso.error.title", "login.sso.error.message"));
            login.setError(true);
        } else if (parameters.containsKey("locked")) {
            // locked after too many failed attempts: the usual "wrong password" would send them guessing on
            login.setI18n(dutch("login.locked.title", "login.locked.message"));
            login.setError(true);
        } else {
            login.setError(parameters.containsKey("error"));
        }
        // a family member who just made an account with an invitation (cases.family.ui.InvitationView)
        ready.setVisible(parameters.containsKey("klaar"));
    }
}
