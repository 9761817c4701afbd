package nl.aanwezig.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The shapes guessers try first, whatever the list: a short piece repeated and a walk along the keyboard or the
 * alphabet. Checked on the whole password and on its stem (without the digits and punctuation behind a word).
 */
final class PasswordShapes {

    /**
     * Runs a guesser walks: the alphabet, the digits, the keyboard's rows (qwerty, and the azerty and qwertz of
     * Belgian and German keyboards) read on into the next row, and the columns ("1qaz2wsx"). Also read backwards.
     */
    private static final List<String> RUNS = List.of(
            "abcdefghijklmnopqrstuvwxyz", "01234567890",
            "`1234567890-=", "~!@#$%^&*()_+",
            "qwertyuiop[]\\asdfghjkl;'zxcvbnm,./", "qwertyuiopasdfghjklzxcvbnm",
            "azertyuiopqsdfghjklmwxcvbn", "qwertzuiopasdfghjklyxcvbnm",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/-['=]", "zaq1xsw2cde3vfr4bgt5nhy6mju7,ki8.lo9/;p0");

    /** A run counts from three characters on ("abc", "qwe"); shorter ones occur in any word. */
    private static final int MIN_RUN = 3;

    private PasswordShapes() {
    }

    /** The password's stem: lower case, without the digits and punctuation people put behind a word. */
    private static String base(String password) {
        return password.trim().toLowerCase(Locale.ROOT).replaceFirst("[\\p{Punct}\\p{Digit}\\s]+$", "");
    }

    /**
     * A short piece over and over: the whole password, or its stem, is one unit repeated, or consists of two
     * different characters at most ("aaaaaaaaaaaa", "abababab1234", "passwordpassword", "abcabcabcabc").
     */
    static boolean repeated(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.codePoints().distinct().count() <= 2 && !lower.isEmpty()) {
            return true;
        }
        String base = base(password);
        return repetition(lower) || (base.length() >= PasswordPolicy.MIN_LENGTH / 2 && repetition(base));
    }

    private static boolean repetition(String s) {
        int n = s.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && s.substring(0, unit).repeat(n / unit).equals(s)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Mostly walked along a run: at most one character in six off a run of three or more, in the whole
     * password or in its stem ("qwertyuiopas", "abcdefghijkl", "123456789012", "abcdef!!2025").
     */
    static boolean sequence(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        String base = base(password);
        return mostlyRuns(lower) || (base.length() >= PasswordPolicy.MIN_LENGTH / 2 && mostlyRuns(base));
    }

    private static boolean mostlyRuns(String s) {
        if (s.length() < MIN_RUN) {
            return false;
        }
        boolean[] covered = new boolean[s.length()];
        for (int start = 0; start + MIN_RUN <= s.length(); start++) {
            int end = start + MIN_RUN;
            if (!inRun(s.substring(start, end))) {
                continue;
            }
            while (end < s.length() && inRun(s.substring(start, end + 1))) {
                end++;
            }
            Arrays.fill(covered, start, end, true);
        }
        int off = 0;
        for (boolean c : covered) {
            off += c ? 0 : 1;
        }
        return off <= s.length() / 6;
    }

    private static boolean inRun(String piece) {
        String reversed = new StringBuilder(piece).reverse().toString();
        return RUNS.stream().anyMatch(run -> run.contains(piece) || run.contains(reversed));
    }
}
