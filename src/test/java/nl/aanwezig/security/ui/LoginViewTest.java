package nl.aanwezig.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The login screen tells a wrong password from a login locked after too many attempts, in Dutch. */
@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_locked_login_is_told_so_in_dutch() {
        LoginView view = login("locked");
        assertThat(view.login.isError()).isTrue();
        assertThat(i18n(view)).contains("Inloggen tijdelijk geblokkeerd", "Te veel mislukte pogingen");
    }

    @Test
    void a_wrong_password_keeps_the_usual_message() {
        LoginView view = login("error");
        assertThat(view.login.isError()).isTrue();
        assertThat(i18n(view)).contains("Onjuiste gebruikersnaam of wachtwoord").doesNotContain("geblokkeerd");
    }

    private LoginView login(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.of(parameter, ""));
        return (LoginView) getCurrentView();
    }

    /** The texts as the login form's web component gets them. */
    private static String i18n(LoginView view) {
        return String.valueOf(view.login.getElement().getPropertyRaw("i18n"));
    }
}
