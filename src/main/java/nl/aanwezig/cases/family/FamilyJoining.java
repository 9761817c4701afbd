package nl.aanwezig.cases.family;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.family.FamilyInvitations.InvitationInfo;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.PasswordPolicy;
import nl.aanwezig.security.StaffAccount;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family member's side of an invitation: the page that opens the one-time link (no login), accepting it with a
 * new family account, or linking it to the family account already signed in. A used, withdrawn or expired link gives
 * one and the same answer.
 */
@Service
class FamilyJoining {

    private final FamilyLinks links;
    private final CaseService cases;
    private final StaffAccounts accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyJoining(FamilyLinks links, CaseService cases, StaffAccounts accounts, PasswordEncoder encoder,
                  PasswordPolicy policy, CurrentUsers users, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.links = links;
        this.cases = cases;
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For the invitation page, without a login: empty for an unknown, used, withdrawn or expired link. */
    @Transactional(readOnly = true)
    Optional<InvitationInfo> describe(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return links.byToken(InvitationTokens.hash(token)).filter(l -> l.pending(clock.instant())).map(l -> jdbc.queryForObject("""
                select p.first_name, s.name from pupil p join school s on s.id = p.school_id where p.id = ?""",
                (rs, i) -> new InvitationInfo(l.name(), l.kind(), rs.getString(1), rs.getString(2), l.expiresAt()),
                l.pupilId()));
    }

    /**
     * Accepts with a new family account: a free login and a password the policy allows, typed twice. Every problem
     * at once; nothing is stored while there is one.
     */
    @Transactional
    String accept(String token, String username, String password, String repeated) {
        FamilyLink link = pending(token);
        String login = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        List<Message> problems = InvitationTokens.loginProblems(login, password, repeated, link.name(), policy,
                accounts::existsById);
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
        // flushed now: the link below is written with JDBC and refers to the account
        accounts.saveAndFlush(new StaffAccount(login, link.name(), encoder.encode(password), link.kind().role(), null));
        joined(link, login);
        return login;
    }

    /** Accepts with the family account already signed in (a parent invited for a second child). */
    @Transactional
    void acceptSignedIn(String token) {
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
        return links.byTokenForUpdate(InvitationTokens.hash(token)).filter(l -> l.pending(clock.instant()))
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
}
