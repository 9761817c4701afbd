package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void a_password_over_bcrypts_72_bytes_is_refused_as_too_long_not_cut_off() {
        String seventyTwo = "paars konijn fietst traag door de lange donkere natte straat in het dorp";
        assertThat(seventyTwo.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSize(72);
        assertThat(policy.problems("t-oc", seventyTwo)).isEmpty();
        assertThat(policy.problems("t-oc", seventyTwo + "!")).containsExactly(PasswordPolicy.TOO_LONG);
        // 64 characters, but an accented letter takes two bytes: 74 bytes
        String accented = "crème brûlée, café déjà vu, één reçu, naïef of een zoete taartje";
        assertThat(accented.length()).isLessThan(72);
        assertThat(policy.problems("t-oc", accented)).containsExactly(PasswordPolicy.TOO_LONG);
        assertThat(PasswordPolicy.argument(PasswordPolicy.TOO_LONG)).isEqualTo(72);
        assertThat(nl.aanwezig.base.Messages.nl(PasswordPolicy.TOO_LONG, PasswordPolicy.argument(PasswordPolicy.TOO_LONG)))
                .startsWith("Het nieuwe wachtwoord is te lang: hoogstens 72 bytes");
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
        assertThat(policy.problems("t-oc", "1qaz2wsx3edc")).contains(PasswordPolicy.COMMON);
    }

    @Test
    void a_common_word_with_digits_or_punctuation_behind_it_is_refused_as_common() {
        assertThat(policy.problems("t-oc", "Password1234")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.problems("t-oc", "Welkom2025!!")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.problems("t-oc", "wachtwoord12")).containsExactly(PasswordPolicy.COMMON);
        assertThat(policy.problems("t-oc", "123456789012")).contains(PasswordPolicy.COMMON);
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

    @Test
    void one_character_or_one_word_repeated_is_refused_as_repeated() {
        assertThat(policy.problems("t-oc", "aaaaaaaaaaaa")).containsExactly(PasswordPolicy.REPEATED);
        assertThat(policy.problems("t-oc", "passwordpassword")).containsExactly(PasswordPolicy.REPEATED);
        assertThat(policy.problems("t-oc", "abcabcabcabc")).contains(PasswordPolicy.REPEATED);
        assertThat(policy.problems("t-oc", "fietsfiets2025")).containsExactly(PasswordPolicy.REPEATED);
    }

    @Test
    void a_run_along_the_keyboard_or_the_alphabet_is_refused_as_a_sequence() {
        assertThat(policy.problems("t-oc", "qwertyuiopas")).containsExactly(PasswordPolicy.SEQUENCE);
        assertThat(policy.problems("t-oc", "abcdefghijkl")).containsExactly(PasswordPolicy.SEQUENCE);
        assertThat(policy.problems("t-oc", "azertyuiopqs")).containsExactly(PasswordPolicy.SEQUENCE);
        assertThat(policy.problems("t-oc", "ZYXWVUTSRQPO")).containsExactly(PasswordPolicy.SEQUENCE);
        assertThat(policy.problems("t-oc", "abcdef!!2025")).containsExactly(PasswordPolicy.SEQUENCE);
    }

    @Test
    void the_school_name_whole_or_a_word_of_it_with_digits_is_refused_as_personal() {
        assertThat(policy.problems("t-oc", "horizoncollege", List.of("Olga Cornelissen", "Horizon College")))
                .containsExactly(PasswordPolicy.PERSONAL);
        assertThat(policy.problems("t-oc", "klimop123456", List.of("Olga Cornelissen", "De Klimop")))
                .containsExactly(PasswordPolicy.PERSONAL);
        assertThat(policy.problems("t-oc", "Klimop-2025!!", List.of("De Klimop"))).containsExactly(PasswordPolicy.PERSONAL);
    }

    @Test
    void the_users_own_name_is_refused_as_personal() {
        assertThat(policy.problems("t-oc", "OlgaCornelissen1", List.of("Olga Cornelissen", "De Klimop")))
                .containsExactly(PasswordPolicy.PERSONAL);
        assertThat(policy.problems("t-oc", "cornelissen2026", List.of("Olga Cornelissen")))
                .containsExactly(PasswordPolicy.PERSONAL);
    }

    @Test
    void a_passphrase_that_uses_a_word_of_the_school_name_among_others_is_allowed() {
        assertThat(policy.problems("t-oc", "klimop paars konijn fietst", List.of("Olga Cornelissen", "De Klimop"))).isEmpty();
        assertThat(policy.problems("t-oc", "paars konijn fietst traag", List.of("Olga Cornelissen", "Horizon College"))).isEmpty();
        assertThat(policy.problems("t-oc", "Zq8#vLm2pW!x", List.of("Olga Cornelissen", "Horizon College"))).isEmpty();
    }
}
