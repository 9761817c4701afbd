package nl.aanwezig.security;

import java.security.SecureRandom;
import nl.aanwezig.base.StartFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A first start without demo data: with no account at all, one admin ({@value #USERNAME}) is created with a
 * one-time password, printed once in the log (or the one given in {@code AANWEZIG_ADMIN_PASSWORD}, which is not
 * printed), and has to change it at the first login. Any existing account, the admin's own included, means this
 * is no first start, so a restart never creates or prints anything again.
 */
@Component
class FirstAdmin {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    /** No 0/O, 1/l/I: the password is typed over from a log. */
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int GENERATED_LENGTH = 20;

    /** One statement: two instances starting at once create one admin, and never beside other accounts. */
    private static final String INSERT_IF_NONE = """
            insert into staff_account (username, display_name, password_hash, role, must_change_password)
            select ?, 'Beheerder', ?, 'ADMIN', true where not exists (select 1 from staff_account)
            on conflict (username) do nothing""";

    private final boolean demoData;
    private final String givenPassword;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    FirstAdmin(@Value("${aanwezig.demo-data:false}") boolean demoData,
               @Value("${aanwezig.admin-password:}") String givenPassword, JdbcTemplate jdbc, PasswordEncoder encoder,
               PasswordPolicy policy, AuditLog audit) {
        this.demoData = demoData;
        this.givenPassword = givenPassword;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.audit = audit;
    }

    /**
     * After the workflow and the demo (their listeners come first): nothing is printed as done before the start has
     * succeeded, so a start that fails half-way never shows a password for an app that is not there.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void run() {
        if (!demoData) {
            createIfNoAccounts();
        }
    }

    /** @return whether the admin was created now */
    boolean createIfNoAccounts() {
        boolean given = !givenPassword.isBlank();
        if (given && !policy.problems(USERNAME, givenPassword).isEmpty()) {
            // refused before anything is written: a weak first password would be the key to every dossier
            throw new StartFailure("AANWEZIG_ADMIN_PASSWORD voldoet niet aan het wachtwoordbeleid",
                    "AANWEZIG_ADMIN_PASSWORD does not meet the password policy (at least " + PasswordPolicy.MIN_LENGTH
                            + " characters and at most " + PasswordPolicy.MAX_BYTES
                            + " bytes, not the login, not a common password)", null);
        }
        String password = given ? givenPassword : generate();
        if (jdbc.update(INSERT_IF_NONE, USERNAME, encoder.encode(password)) == 0) {
            return false;
        }
        audit.record(CurrentUser.SYSTEM, null, "ADMIN_CREATED", true, "eerste start zonder demodata: " + USERNAME);
        if (given) {
            log.warn("First start: created the admin account '{}' with the password from AANWEZIG_ADMIN_PASSWORD; "
                    + "it must be changed at the first login.", USERNAME);
        } else {
            log.warn("First start: created the admin account '{}' with the one-time password: {}  "
                    + "(shown only now; it must be changed at the first login)", USERNAME, password);
        }
        return true;
    }

    private String generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
