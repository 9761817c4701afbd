package nl.aanwezig.cases.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.security.PasswordPolicy;

/**
 * The invitation's one-time token (256 random bits, only its SHA-256 kept) and the rules for the login a family
 * member chooses with it.
 */
final class InvitationTokens {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationTokens() {
    }

    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every problem of a chosen login and password at once: its form, whether it is free, the password policy. */
    static List<Message> loginProblems(String login, String password, String repeated, String name,
                                       PasswordPolicy policy, Predicate<String> taken) {
        List<Message> problems = new ArrayList<>();
        if (!USERNAME.matcher(login).matches()) {
            problems.add(new Message("family.error.username"));
        } else if (taken.test(login)) {
            problems.add(new Message("family.error.usernameTaken"));
        }
        if (password == null || password.isEmpty()) {
            problems.add(new Message("family.error.password"));
        } else {
            policy.problems(login, password, List.of(name)).forEach(
                    key -> problems.add(new Message(key, PasswordPolicy.argument(key))));
            if (!password.equals(repeated)) {
                problems.add(new Message("login.change.notRepeated"));
            }
        }
        return problems;
    }
}
