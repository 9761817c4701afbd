package nl.aanwezig.security;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Whether a password is built on the user's own name or the school's (the words a password may not rest on). */
final class PersonalWords {

    /** A name counts from three letters on ("Bos", "Ali"); the squashed name "deklimop" is checked whole too. */
    private static final int MIN_NAME = 3;

    private PersonalWords() {
    }

    /**
     * Built on the user's name or the school's: the password's letters contain the whole name (spaces and accents
     * aside: "horizoncollege", "HorizonCollege!"), or are nothing but one of its words or several of them
     * ("klimop123456", "Klimop-2025!", "jansen2b2b").
     */
    static boolean personal(String password, Collection<String> names) {
        if (names == null || names.isEmpty()) {
            return false;
        }
        String squashed = squash(password);
        String letters = squashed.replaceAll("[^\\p{L}]", "");
        if (letters.isEmpty()) {
            return false;
        }
        for (String name : names.stream().filter(Objects::nonNull).toList()) {
            String whole = squash(name);
            if (whole.length() >= MIN_NAME && squashed.contains(whole)) {
                return true;
            }
            List<String> words = Arrays.stream(fold(name).split("[^\\p{L}\\p{Digit}]+"))
                    .filter(w -> w.length() >= MIN_NAME).toList();
            if (!words.isEmpty() && onlyWords(letters, words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code letters} is one or more of {@code words} end to end ("klimop", "horizonhorizon"). */
    private static boolean onlyWords(String letters, List<String> words) {
        if (letters.isEmpty()) {
            return true;
        }
        for (String word : words) {
            String w = word.replaceAll("[^\\p{L}]", "");
            if (!w.isEmpty() && letters.startsWith(w) && onlyWords(letters.substring(w.length()), words)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents ("Ééntje" is "eentje"). */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Letters and digits only, folded: "De Klimop" is "deklimop". */
    private static String squash(String s) {
        return fold(s).replaceAll("[^\\p{L}\\p{Digit}]", "");
    }
}
