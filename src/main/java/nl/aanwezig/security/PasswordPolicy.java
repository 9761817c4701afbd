package nl.aanwezig.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, wherever one is set: at least {@value #MIN_LENGTH} characters, not the login
 * (nor containing it, in any case), and not a common password. Common means: on the list of the 10,000 most
 * common passwords or the Dutch supplement, also after stripping trailing digits and punctuation
 * ("Welkom2025!" is "welkom" with a year), or digits only.
 * <p>
 * A list only knows the passwords it has seen; the structures guessers try first are refused by their shape:
 * a short piece repeated ("aaaa…", "passwordpassword"), a run along the keyboard or the alphabet ("qwertyuiopas",
 * "abcdefghijkl", "123456…"), and the user's own name or the school's name, bare or with digits
 * ("horizoncollege", "klimop123456").
 * <p>
 * At most {@value #MAX_BYTES} bytes (UTF-8): bcrypt, which stores the password, reads no further, so a longer one
 * is refused rather than cut off without a word (a letter with an accent takes two bytes, an emoji four).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt's limit: it uses the first 72 bytes of a password only, and Spring's encoder refuses more. */
    public static final int MAX_BYTES = 72;
    public static final String TOO_SHORT = "login.password.tooShort";
    public static final String TOO_LONG = "login.password.tooLong";
    public static final String LIKE_LOGIN = "login.password.likeLogin";
    public static final String COMMON = "login.password.common";
    public static final String REPEATED = "login.password.repeated";
    public static final String SEQUENCE = "login.password.sequence";
    public static final String PERSONAL = "login.password.personal";

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

    /** A name counts from three letters on ("Bos", "Ali"); the squashed name "deklimop" is checked whole too. */
    private static final int MIN_NAME = 3;

    /** Shorter logins ("oc") would refuse every word that happens to contain them: those only may not be equal. */
    private static final int MIN_LOGIN_TO_CONTAIN = 3;

    private static final class Lists {
        static final Set<String> COMMON_PASSWORDS = load("/security/common-passwords.txt", "/security/common-passwords-nl.txt");
    }

    public PasswordPolicy() {
    }

    /**
     * The message keys of everything wrong with this password for this login; empty when it may be used.
     * {@link #TOO_SHORT} takes {@value #MIN_LENGTH} as its argument, {@link #TOO_LONG} {@value #MAX_BYTES}: see
     * {@link #argument(String)}.
     */
    public List<String> problems(String username, String password) {
        return problems(username, password, List.of());
    }

    /**
     * As {@link #problems(String, String)}, and not built on these names: the user's own name and the school's
     * ({@link #PERSONAL}). Null names are ignored.
     */
    public List<String> problems(String username, String password, Collection<String> names) {
        String candidate = password == null ? "" : password;
        List<String> problems = new ArrayList<>();
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            problems.add(TOO_SHORT);
        }
        if (candidate.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            problems.add(TOO_LONG);
        }
        if (likeLogin(username, candidate)) {
            problems.add(LIKE_LOGIN);
        }
        if (!candidate.isEmpty() && common(candidate)) {
            problems.add(COMMON);
        }
        if (repeated(candidate)) {
            problems.add(REPEATED);
        }
        if (sequence(candidate)) {
            problems.add(SEQUENCE);
        }
        if (personal(candidate, names)) {
            problems.add(PERSONAL);
        }
        return problems;
    }

    /** The argument of a problem's message: {@value #MAX_BYTES} for {@link #TOO_LONG}, else {@value #MIN_LENGTH}. */
    public static int argument(String key) {
        return TOO_LONG.equals(key) ? MAX_BYTES : MIN_LENGTH;
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
        return repetition(lower) || (base.length() >= MIN_LENGTH / 2 && repetition(base));
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
        return mostlyRuns(lower) || (base.length() >= MIN_LENGTH / 2 && mostlyRuns(base));
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
            java.util.Arrays.fill(covered, start, end, true);
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
            List<String> words = java.util.Arrays.stream(fold(name).split("[^\\p{L}\\p{Digit}]+"))
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

    private static boolean likeLogin(String username, String password) {
        if (username == null || username.isBlank()) {
            return false;
        }
        String login = username.trim().toLowerCase(Locale.ROOT);
        String lower = password.toLowerCase(Locale.ROOT);
        return lower.equals(login) || (login.length() >= MIN_LOGIN_TO_CONTAIN && lower.contains(login));
    }

    private static boolean common(String password) {
        String lower = password.trim().toLowerCase(Locale.ROOT);
        String base = lower.replaceFirst("[\\p{Punct}\\p{Digit}\\s]+$", "");
        return base.isEmpty() || Lists.COMMON_PASSWORDS.contains(lower) || Lists.COMMON_PASSWORDS.contains(base);
    }

    private static Set<String> load(String... resources) {
        Set<String> words = new HashSet<>();
        for (String resource : resources) {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing password list " + resource);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(words);
    }
}
