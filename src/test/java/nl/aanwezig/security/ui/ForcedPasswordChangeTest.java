package nl.aanwezig.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** A one-time password opens nothing but the change screen; a changed one opens the app again. */
@IntegrationTest
class ForcedPasswordChangeTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "t-onetime-ui", roles = "ADMIN")
    void a_user_with_a_one_time_password_is_sent_to_the_change_screen_from_every_other_screen_until_it_is_changed() {
        ChangePasswordView view = navigate("beheer/audit", ChangePasswordView.class);
        assertThat(view.required.isVisible()).isTrue();
        assertThat(navigate("import", ChangePasswordView.class)).isNotNull();

        test(view.current).setValue("test");
        test(view.password).setValue("kort");
        test(view.repeated).setValue("kort");
        test(view.save).click();
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("minstens 12 tekens");
        assertThat(navigate("beheer/audit", ChangePasswordView.class)).as("nothing changed").isNotNull();

        view = navigate(ChangePasswordView.class);
        test(view.current).setValue("test");
        test(view.password).setValue("groene tulp op de dijk");
        test(view.repeated).setValue("groene tulp op de dijk");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Je wachtwoord is gewijzigd.");
        assertThat(navigate(AuditView.class)).isNotNull();
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void a_user_without_a_one_time_password_opens_the_change_screen_from_the_menu_without_being_forced() {
        assertThat(navigate(AuditView.class)).isNotNull();
        ChangePasswordView view = navigate(ChangePasswordView.class);
        assertThat(view.required.isVisible()).isFalse();
        test(view.current).setValue("wrong");
        test(view.password).setValue("groene tulp op de dijk");
        test(view.repeated).setValue("groene tulp op de dak");
        test(view.save).click();
        assertThat(view.current.getErrorMessage()).isEqualTo("Het huidige wachtwoord klopt niet.");
        assertThat(view.repeated.getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");
    }
}
