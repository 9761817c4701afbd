package nl.aanwezig.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.base.Echo;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import nl.aanwezig.security.StaffAccount;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: create, edit, disable and enable, reset the password. Passwords are stored by the application's
 * PasswordEncoder only; a generated one is returned once and never again. An admin cannot lock themselves out.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdmin {

    private final StaffAccounts accounts;
    private final AccountRules rules;
    private final PasswordEncoder encoder;
    private final PlaceNames places;
    private final Schools schools;
    private final AdminAudit audit;
    private final CurrentUsers users;

    AccountAdmin(StaffAccounts accounts, AccountRules rules, PasswordEncoder encoder, PlaceNames places,
                 Schools schools, AdminAudit audit, CurrentUsers users) {
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.places = places;
        this.schools = schools;
        this.audit = audit;
        this.users = users;
    }

    @Transactional
    public NewAccount create(AccountForm form) {
        Problems problems = new Problems();
        AccountRules.Resolved account = rules.resolve(form, true, problems);
        problems.throwIfAny();
        if (accounts.existsById(account.username())) {
            throw AdminProblem.conflict("username", "admin.account.error.exists", account.username());
        }
        StaffAccount saved = save(account);
        return new NewAccount(info(saved), account.generated() ? account.password() : null);
    }

    /** Saves a checked new account and audits it; for the form and the CSV import alike. */
    StaffAccount save(AccountRules.Resolved account) {
        Long regionId = account.region() == null ? null : places.regionId(account.region());
        StaffAccount created = new StaffAccount(account.username(), account.displayName(),
                encoder.encode(account.password()), account.role(), account.school() == null ? null : account.school().id(),
                regionId);
        created.setByAdmin(encoder.encode(account.password()), account.generated());
        created.setOrganisation(account.organisation());
        StaffAccount saved = accounts.save(created);
        audit.changed("ADMIN_ACCOUNT_CREATE", account.username() + " rol=" + account.role()
                + (account.school() == null ? "" : " school=" + account.school().brin()));
        return saved;
    }

    /** Changes name, role, school and region; the username stays, the password is not touched. */
    @Transactional
    public AccountInfo update(String username, AccountForm form) {
        StaffAccount account = account(username);
        Problems problems = new Problems();
        AccountRules.Resolved changed = rules.resolve(new AccountForm(account.username(), form.displayName(), form.role(),
                form.school(), form.region(), null, form.organisation()), false, problems);
        if (isSelf(account) && changed.role() != null && changed.role() != Role.ADMIN) {
            problems.add("role", "admin.account.error.ownRole");
        }
        problems.throwIfAny();
        Long regionId = changed.region() == null ? null : places.regionId(changed.region());
        account.edit(changed.displayName(), changed.role(), changed.school() == null ? null : changed.school().id(), regionId);
        if (changed.organisation() != null || !AccountRules.partner(changed.role())) {
            account.setOrganisation(changed.organisation());
        }
        audit.changed("ADMIN_ACCOUNT_UPDATE", account.username() + " rol=" + changed.role());
        return info(account);
    }

    /** A disabled account cannot log in; its name stays on tasks, timelines and audit rows. */
    @Transactional
    public AccountInfo setEnabled(String username, boolean enabled) {
        StaffAccount account = account(username);
        if (!enabled && isSelf(account)) {
            throw AdminProblem.conflict("enabled", "admin.account.error.disableSelf");
        }
        account.setEnabled(enabled);
        audit.changed(enabled ? "ADMIN_ACCOUNT_ENABLE" : "ADMIN_ACCOUNT_DISABLE", account.username());
        return info(account);
    }

    /** Sets the given password (checked by the policy) or, when empty, a generated one returned once. */
    @Transactional
    public NewAccount resetPassword(String username, String password) {
        StaffAccount account = account(username);
        boolean generate = password == null || password.isBlank();
        String chosen = generate ? OneTimePasswords.generate() : password;
        if (!generate) {
            Problems problems = new Problems();
            rules.passwordProblems(account.username(), password, account.displayName(),
                    account.schoolId() == null ? null : schools.findById(account.schoolId()).orElse(null)).forEach(key -> problems.add("password", key, nl.aanwezig.security.PasswordPolicy.argument(key)));
            problems.throwIfAny();
        }
        account.setByAdmin(encoder.encode(chosen), generate);
        audit.changed("ADMIN_ACCOUNT_PASSWORD_RESET", account.username());
        return new NewAccount(info(account), generate ? chosen : null);
    }

    @Transactional(readOnly = true)
    public List<AccountInfo> list() {
        Map<Long, String> brins = schools.findAll().stream().collect(Collectors.toMap(School::id, School::brin));
        Map<Long, String> regions = new java.util.HashMap<>();
        return accounts.findAllByOrderByUsername().stream().filter(a -> !a.role().family()).map(a -> new AccountInfo(a.username(), a.displayName(),
                a.role(), brins.get(a.schoolId()), a.regionId() == null ? null
                : regions.computeIfAbsent(a.regionId(), places::regionName), a.enabled(), a.organisation())).toList();
    }

    @Transactional(readOnly = true)
    public AccountInfo get(String username) {
        return info(account(username));
    }

    private StaffAccount account(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return accounts.findById(key).orElseThrow(() -> AdminProblem.notFound("admin.account.error.unknown", Echo.of(key)));
    }

    private boolean isSelf(StaffAccount account) {
        return users.find().map(u -> u.username().equals(account.username())).orElse(false);
    }

    private AccountInfo info(StaffAccount a) {
        String brin = a.schoolId() == null ? null : schools.findById(a.schoolId()).map(School::brin).orElse(null);
        return new AccountInfo(a.username(), a.displayName(), a.role(), brin, places.regionName(a.regionId()), a.enabled(),
                a.organisation());
    }
}
