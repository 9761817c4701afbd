package nl.aanwezig.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What a new password must satisfy: at least {@value #MIN_LENGTH} characters and not the login itself. The answer is
 * a list of message keys (empty: acceptable), so a screen or the API can say every problem at once; further rules
 * (a list of common passwords) are added here.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    /** Message keys of every rule the password breaks; empty when it is acceptable. */
    public List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add("admin.password.tooShort");
        }
        if (password != null && username != null
                && password.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add("admin.password.isUsername");
        }
        return problems;
    }
}
