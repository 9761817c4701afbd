package nl.aanwezig.cases.family;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.sharing.CaseGate;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
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

    private final CaseGate gate;
    private final FamilyLinks links;
    private final FamilyMail mail;
    private final CaseService cases;
    private final FamilyJoining joining;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;
    private final String publicUrl;
    private final Duration validity;

    FamilyInvitations(CaseGate gate, FamilyLinks links, FamilyMail mail, CaseService cases, FamilyJoining joining,
                      CurrentUsers users, AuditLog audit, Clock clock,
                      @Value("${aanwezig.family.public-url}") String publicUrl,
                      @Value("${aanwezig.family.invitation-days:14}") int days) {
        this.gate = gate;
        this.links = links;
        this.mail = mail;
        this.cases = cases;
        this.joining = joining;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
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
        List<UserFacingException.Message> errors = form.validate();
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        int age = Period.between(ref.pupil().birthDate(), LocalDate.now(clock)).getYears();
        if (form.kind() == FamilyKind.PUPIL && age < FamilyAccess.PUPIL_ACCOUNT_AGE) {
            throw new UserFacingException("family.error.pupilTooYoung", FamilyAccess.PUPIL_ACCOUNT_AGE);
        }
        String token = InvitationTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        boolean authority = form.kind() == FamilyKind.PARENT && form.parentalAuthority();
        long id = links.invite(ref.pupil().id(), form.kind(), form.name().strip(), form.cleanEmail(), authority,
                InvitationTokens.hash(token), expires, user.username(), now);
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
        CurrentUser user = users.require();
        CaseGate.Ref ref = gate.read(user, caseId, "FAMILY_LIST");
        return ref.c().isOpen() && gate.mayManage(user, ref);
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
    public Optional<InvitationInfo> describe(String token) {
        return joining.describe(token);
    }

    /** Accepts with a new family account: see {@link FamilyJoining#accept}. */
    public String accept(String token, String username, String password, String repeated) {
        return joining.accept(token, username, password, repeated);
    }

    /** Accepts with the family account already signed in (a parent invited for a second child). */
    public void acceptSignedIn(String token) {
        joining.acceptSignedIn(token);
    }
}
