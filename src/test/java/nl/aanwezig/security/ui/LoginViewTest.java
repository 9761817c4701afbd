package nl.aanwezig.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The login screen tells a wrong password from a login locked after too many attempts, in Dutch. */
@IntegrationTest
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void a_locked_login_is_told_so_in_dutch() {
        LoginView view = navigate("login?locked", LoginView.class);
        assertThat(view.login.isError()).isTrue();
        assertThat(view.login.getI18n().getErrorMessage().getTitle()).isEqualTo("Inloggen tijdelijk geblokkeerd");
        assertThat(view.login.getI18n().getErrorMessage().getMessage()).contains("Te veel mislukte pogingen");
    }

    @Test
    void a_wrong_password_keeps_the_usual_message() {
        LoginView view = navigate("login?error", LoginView.class);
        assertThat(view.login.isError()).isTrue();
        assertThat(view.login.getI18n().getErrorMessage().getTitle()).isEqualTo("Onjuiste gebruikersnaam of wachtwoord");
    }
}
