package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void a_password_shorter_than_twelve_characters_is_refused_as_too_short() {
        assertThat(policy.problems("t-mentor", "Zq8#vLm2pW")).containsExactly(PasswordPolicy.TOO_SHORT);
        assertThat(policy.problems("t-mentor", "")).contains(PasswordPolicy.TOO_SHORT);
        assertThat(policy.problems("t-mentor", null)).containsExactly(PasswordPolicy.TOO_SHORT);
    }

    @Test
    void the_login_in_any_case_or_a_password_containing_it_is_refused_as_like_the_login() {
        assertThat(policy.problems("jan.jansen.2b", "JAN.JANSEN.2B")).containsExactly(PasswordPolicy.LIKE_LOGIN);
        assertThat(policy.problems("jansen", "zomerJanSen-fiets")).containsExactly(PasswordPolicy.LIKE_LOGIN);
    }

    @Test
    void a_login_of_two_letters_only_refuses_itself_not_every_word_containing_it() {
        assertThat(policy.problems("oc", "rocket-fiets-lamp")).isEmpty();
    }

    @Test
    void a_password_from_the_top_ten_thousand_is_refused_as_common() {
        assertThat(policy.problems("t-oc", "LeaveMeAlone")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.problems("t-oc", "1qaz2wsx3edc")).containsExactly(PasswordPolicy.COMMON);
    }

    @Test
    void a_common_word_with_digits_or_punctuation_behind_it_is_refused_as_common() {
        assertThat(policy.problems("t-oc", "Password1234")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.problems("t-oc", "Welkom2025!!")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.problems("t-oc", "wachtwoord12")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.problems("t-oc", "123456789012")).containsExactly(PasswordPolicy.COMMON);
    }

    @Test
    void all_problems_are_told_at_once() {
        assertThat(policy.problems("password", "password"))
                .containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.LIKE_LOGIN, PasswordPolicy.COMMON);
    }

    @Test
    void a_long_passphrase_of_uncommon_words_is_allowed() {
        assertThat(policy.problems("t-oc", "paars konijn fietst traag")).isEmpty();
        assertThat(policy.problems("t-oc", "Zq8#vLm2pW!x")).isEmpty();
    }
}
