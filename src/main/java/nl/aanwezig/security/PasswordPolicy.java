package nl.aanwezig.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final String TOO_SHORT = "login.password.tooShort";
    public static final String LIKE_LOGIN = "login.password.likeLogin";
    public static final String COMMON = "login.password.common";

    /** Shorter logins ("oc") would refuse every word that happens to contain them: those only may not be equal. */
    private static final int MIN_LOGIN_TO_CONTAIN = 3;

    private static final class Lists {
        static final Set<String> COMMON_PASSWORDS = load("/security/common-passwords.txt", "/security/common-passwords-nl.txt");
    }

    public PasswordPolicy() {
    }

    /**
     * The message keys of everything wrong with this password for this login; empty when it may be used.
     * {@link #TOO_SHORT} takes {@value #MIN_LENGTH} as its argument.
     */
    public List<String> problems(String username, String password) {
        String candidate = password == null ? "" : password;
        List<String> problems = new ArrayList<>();
        if (candidate.codePointCount(0, candidate.length()) < MIN_LENGTH) {
            problems.add(TOO_SHORT);
        }
        if (likeLogin(username, candidate)) {
            problems.add(LIKE_LOGIN);
        }
        if (!candidate.isEmpty() && common(candidate)) {
            problems.add(COMMON);
        }
        return problems;
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
