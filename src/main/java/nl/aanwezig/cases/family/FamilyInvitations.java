package nl.aanwezig.cases.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.sharing.CaseGate;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.PasswordPolicy;
import nl.aanwezig.security.StaffAccount;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regievoerder or the school's OC invites a parent or the pupil (from 12) from the participants panel: a one-time
 * link with an expiry, e-mailed where SMTP is configured, otherwise shown once to hand over. The family member opens it,
 * chooses a login and a password (the policy every account has), or links it to the family account they already have
 * (a second child). Withdrawing ends the invitation or the access it gave. Every step is audited and on the timeline.
 */
@Service
public class FamilyInvitations {

    static final String INVITATION_PATH = "uitnodiging/";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseGate gate;
    private final FamilyLinks links;
    private final FamilyMail mail;
    private final CaseService cases;
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final String publicUrl;
    private final Duration validity;

    FamilyInvitations(CaseGate gate, FamilyLinks links, FamilyMail mail, CaseService cases, StaffAccounts accounts,
                      PasswordEncoder encoder, PasswordPolicy policy, CurrentUsers users, AuditLog audit, Clock clock,
                      JdbcTemplate jdbc, @Value("${aanwezig.family.public-url}") String publicUrl,
                      @Value("${aanwezig.family.invitation-days:14}") int days) {
        this.gate = gate;
        this.links = links;
        this.mail = mail;
        this.cases = cases;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        this.validity = Duration.ofDays(days);
    }

    /**
     * An invitation made: the link to hand over when it was not e-mailed (shown once; only its hash is kept), and
     * until when it can be used.
     */
    public record Invited(long linkId, String link, boolean mailed, Instant expiresAt) {
    }

    /** What the invitation page shows before the family member accepts: whose invitation, for which child. */
    public record InvitationInfo(String name, FamilyKind kind, String childFirstName, String schoolName,
                                 Instant expiresAt) {
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public Invited invite(long caseId, InvitationForm form) {
        CurrentUser user = users.require();
        CaseGate.Ref ref = gate.manage(user, caseId, "FAMILY_INVITE");
        List<Message> errors = form.validate();
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        int age = Period.between(ref.pupil().birthDate(), LocalDate.now(clock)).getYears();
        if (form.kind() == FamilyKind.PUPIL && age < FamilyAccess.PUPIL_ACCOUNT_AGE) {
            throw new UserFacingException("family.error.pupilTooYoung", FamilyAccess.PUPIL_ACCOUNT_AGE);
        }
        String token = newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        boolean authority = form.kind() == FamilyKind.PARENT && form.parentalAuthority();
        long id = links.invite(ref.pupil().id(), form.kind(), form.name().strip(), form.cleanEmail(), authority,
                hash(token), expires, user.username(), now);
        String link = publicUrl + INVITATION_PATH + token;
        boolean mailed = mail.send(form.cleanEmail(), Messages.nl("family.mail.subject", ref.pupil().firstName()),
                Messages.nl("family.mail.body", form.name().strip(), ref.pupil().firstName(), link,
                        Messages.date(LocalDate.ofInstant(expires, clock.getZone()))));
        cases.record(caseId, CaseEventType.FAMILY, user.username(), null, "family.timeline.invited",
                Messages.nl("family.kind." + form.kind()), form.name().strip(),
                Messages.nl(mailed ? "family.timeline.byMail" : "family.timeline.byHand"));
        audit.record(user, ref.pupil().id(), "FAMILY_INVITE", true, form.kind() + (mailed ? " e-mailed" : " by hand"));
        return new Invited(id, mailed ? null : link, mailed, expires);
    }

    /** The invitations and family accounts of the case's pupil, for the participants panel. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public List<FamilyLink> ofCase(long caseId) {
        CaseGate.Ref ref = gate.read(users.require(), caseId, "FAMILY_LIST");
        return links.ofPupil(ref.pupil().id());
    }

    /** Whether the acting staff member may invite and withdraw on this case (the regievoerder or the school's OC). */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public boolean mayManage(long caseId) {
        try {
            gate.manage(users.require(), caseId, "FAMILY_MANAGE_CHECK");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void withdraw(long caseId, long linkId) {
        CurrentUser user = users.require();
        CaseGate.Ref ref = gate.manage(user, caseId, "FAMILY_WITHDRAW");
        FamilyLink link = links.byId(linkId).filter(l -> l.pupilId() == ref.pupil().id())
                .orElseThrow(() -> new UserFacingException(UserFacingException.Kind.NOT_FOUND, "family.error.linkNotFound"));
        if (link.withdrawnAt() != null) {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "family.error.alreadyWithdrawn");
        }
        links.withdraw(linkId, user.username(), clock.instant());
        cases.record(caseId, CaseEventType.FAMILY, user.username(), null, "family.timeline.withdrawn",
                Messages.nl("family.kind." + link.kind()), link.name());
        audit.record(user, ref.pupil().id(), "FAMILY_WITHDRAW", true, link.kind() + " " + link.id());
    }

    /** For the invitation page, without a login: empty for an unknown, used, withdrawn or expired link. */
    @Transactional(readOnly = true)
    public Optional<InvitationInfo> describe(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return links.byToken(hash(token)).filter(l -> l.pending(clock.instant())).map(l -> jdbc.queryForObject("""
                select p.first_name, s.name from pupil p join school s on s.id = p.school_id where p.id = ?""",
                (rs, i) -> new InvitationInfo(l.name(), l.kind(), rs.getString(1), rs.getString(2), l.expiresAt()),
                l.pupilId()));
    }

    /**
     * Accepts with a new family account: a free login and a password the policy allows, typed twice. Every problem
     * at once; nothing is stored while there is one.
     */
    @Transactional
    public String accept(String token, String username, String password, String repeated) {
        FamilyLink link = pending(token);
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
        joined(link, login);
        return login;
    }

    /** Accepts with the family account already signed in (a parent invited for a second child). */
    @Transactional
    public void acceptSignedIn(String token) {
        CurrentUser user = users.require();
        FamilyLink link = pending(token);
        if (user.role() != link.kind().role()) {
            audit.record(user, link.pupilId(), "FAMILY_ACCEPT", false, "account role " + user.role());
            throw new UserFacingException("family.error.wrongAccount");
        }
        if (links.active(user.username(), link.pupilId()).isPresent()) {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "family.error.alreadyLinked");
        }
        joined(link, user.username());
    }

    private FamilyLink pending(String token) {
        if (token == null || token.length() > 100) {
            throw new UserFacingException("family.error.invitationInvalid");
        }
        return links.byTokenForUpdate(hash(token)).filter(l -> l.pending(clock.instant()))
                .orElseThrow(() -> new UserFacingException("family.error.invitationInvalid"));
    }

    private void joined(FamilyLink link, String username) {
        links.accept(link.id(), username, clock.instant());
        audit.record(new CurrentUser(username, link.name(), link.kind().role(), null), link.pupilId(), "FAMILY_ACCEPT",
                true, "link " + link.id());
        openCase(link.pupilId()).ifPresent(caseId -> cases.record(caseId, CaseEventType.FAMILY, username, null,
                "family.timeline.joined", Messages.nl("family.kind." + link.kind()), link.name()));
    }

    private Optional<Long> openCase(long pupilId) {
        return jdbc.query("select id from pupil_case where pupil_id = ? and status = 'OPEN'",
                (rs, i) -> rs.getLong(1), pupilId).stream().findFirst();
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
}
