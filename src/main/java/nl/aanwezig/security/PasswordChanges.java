package nl.aanwezig.security;

import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changing one's own password, and whether a one-time password still has to be changed. */
@Service
// every account that can log in changes its own password: a role left out here could never replace a one-time
// password, and the forced check asks this on every screen (isAuthenticated, so a new role cannot be forgotten)
@PreAuthorize("isAuthenticated()")
public class PasswordChanges {

    public static final String CHANGED = "PASSWORD_CHANGED";
    public static final String CHANGE_REFUSED = "PASSWORD_CHANGE_REFUSED";
    static final String WRONG_CURRENT = "login.change.wrongCurrent";
    static final String NOT_REPEATED = "login.change.notRepeated";
    static final String SAME_AS_CURRENT = "login.change.sameAsCurrent";

    private final StaffAccounts accounts;
    private final CurrentUsers users;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final Schools schools;

    PasswordChanges(StaffAccounts accounts, CurrentUsers users, PasswordEncoder encoder, PasswordPolicy policy,
                    AuditLog audit, Schools schools) {
        this.schools = schools;
        this.accounts = accounts;
        this.users = users;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    /** Whether the logged-in user has a one-time password that must be changed before anything else. */
    @Transactional(readOnly = true)
    public boolean mustChange() {
        // a login without a staff account (a test user, another login type) has no password here to change
        return users.find().flatMap(u -> accounts.findById(u.username())).map(StaffAccount::mustChangePassword)
                .orElse(false);
    }

    /**
     * Sets a new password for the logged-in user: the current one must be right, the new one typed twice and
     * allowed by the {@link PasswordPolicy}. Every problem at once, nothing changed when there is one.
     */
    @Transactional
    public void change(String currentPassword, String newPassword, String repeated) {
        CurrentUser user = users.require();
        StaffAccount account = accounts.findById(user.username())
                .orElseThrow(() -> new UserFacingException(WRONG_CURRENT));
        List<UserFacingException.Message> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.add(new UserFacingException.Message(WRONG_CURRENT));
        }
        // the user's own name and the school's are the first words someone who knows them tries
        String schoolName = account.schoolId() == null ? null
                : schools.findById(account.schoolId()).map(School::name).orElse(null);
        policy.problems(user.username(), newPassword, java.util.Arrays.asList(account.displayName(), schoolName)).forEach(key ->
                problems.add(new UserFacingException.Message(key, PasswordPolicy.argument(key))));
        if (newPassword != null && !newPassword.equals(repeated)) {
            problems.add(new UserFacingException.Message(NOT_REPEATED));
        }
        if (problems.isEmpty() && encoder.matches(newPassword, account.passwordHash())) {
            problems.add(new UserFacingException.Message(SAME_AS_CURRENT));
        }
        if (!problems.isEmpty()) {
            audit.record(user, null, CHANGE_REFUSED, false,
                    String.join(", ", problems.stream().map(UserFacingException.Message::key).toList()));
            throw new UserFacingException(problems);
        }
        account.changePassword(encoder.encode(newPassword));
        audit.record(user, null, CHANGED, true, null);
    }
}
