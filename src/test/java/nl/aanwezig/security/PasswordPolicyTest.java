package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelve_characters_that_are_not_the_login_are_accepted() {
        assertThat(policy.problems("anne", "twaalf tekens")).isEmpty();
        assertThat(policy.problems("anne", "123456789012")).isEmpty();
    }

    @Test
    void eleven_characters_are_too_short() {
        assertThat(policy.problems("anne", "elf tekens!")).containsExactly("admin.password.tooShort");
        assertThat(policy.problems("anne", null)).containsExactly("admin.password.tooShort");
    }

    @Test
    void the_login_itself_is_refused_whatever_its_case_and_length() {
        assertThat(policy.problems("anne.de.vries", "Anne.De.Vries")).containsExactly("admin.password.isUsername");
        assertThat(policy.problems("anne", "ANNE")).containsExactly("admin.password.tooShort", "admin.password.isUsername");
    }
}
