package nl.aanwezig.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
        if (PasswordShapes.repeated(candidate)) {
            problems.add(REPEATED);
        }
        if (PasswordShapes.sequence(candidate)) {
            problems.add(SEQUENCE);
        }
        if (PersonalWords.personal(candidate, names)) {
            problems.add(PERSONAL);
        }
        return problems;
    }

    /** The argument of a problem's message: {@value #MAX_BYTES} for {@link #TOO_LONG}, else {@value #MIN_LENGTH}. */
    public static int argument(String key) {
        return TOO_LONG.equals(key) ? MAX_BYTES : MIN_LENGTH;
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
