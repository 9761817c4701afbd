package nl.aanwezig.cases.family;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.security.PasswordPolicy;
import nl.aanwezig.security.StaffAccount;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The family account an accepted invitation creates: a free login and a password the policy every account has allows,
 * typed twice. Every problem at once; nothing is stored while there is one.
 */
@Component
class FamilyAccountCreation {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");

    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;

    FamilyAccountCreation(StaffAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
    }

    /** The account for this invitation, created and flushed (the link then names it by a foreign key); its login. */
    String create(FamilyLink link, String username, String password, String repeated) {
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        List<Message> problems = new ArrayList<>();
        if (!USERNAME.matcher(login).matches()) {
            problems.add(new Message("family.error.username"));
        } else if (accounts.existsById(login)) {
            problems.add(new Message("family.error.usernameTaken"));
        }
        if (password == null || password.isEmpty()) {
            problems.add(new Message("family.error.password"));
        } else {
            policy.problems(login, password, List.of(link.name())).forEach(
                    key -> problems.add(new Message(key, PasswordPolicy.argument(key))));
            if (!password.equals(repeated)) {
                problems.add(new Message("login.change.notRepeated"));
            }
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
        accounts.saveAndFlush(new StaffAccount(login, link.name(), encoder.encode(password), link.kind().role(), null));
        return login;
    }
}
