package nl.aanwezig.cases.sharing;

import java.time.Clock;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.SharedPlanProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regievoerder or the school's OC invites a partner (leerplicht, jeugdarts, SWV consultant, youth and family
 * coach) to the case's shared plan. Sharing outside the school needs the parents' consent, in force and covering the
 * partner's role; leerplicht's access is statutory and needs none.
 */
@Service
public class InvitationService {

    static final int MAX_ORGANISATION = 200;

    private final CaseGate gate;
    private final CaseParticipants participants;
    private final Consents consents;
    private final CaseService caseService;
    private final CurrentUsers users;
    private final ApplicationEventPublisher publisher;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    InvitationService(CaseGate gate, CaseParticipants participants, Consents consents, CaseService caseService,
                      CurrentUsers users, ApplicationEventPublisher publisher, JdbcTemplate jdbc, Clock clock) {
        this.gate = gate;
        this.participants = participants;
        this.consents = consents;
        this.caseService = caseService;
        this.users = users;
        this.publisher = publisher;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An account that may be invited to a case. */
    public record Invitable(String username, String displayName, ParticipantRole role) {
    }

    /** The partner accounts to choose from. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public List<Invitable> invitable() {
        return jdbc.query("""
                select username, display_name, role from staff_account
                where enabled and role in ('LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH') order by role, display_name""",
                (rs, i) -> new Invitable(rs.getString(1), rs.getString(2),
                        ParticipantRole.of(nl.aanwezig.security.Role.valueOf(rs.getString(3)))));
    }

    /** Invites the partner; their route starts and they find the case in their inbox. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void invite(long caseId, String username, String organisation) {
        CurrentUser user = users.require();
        CaseGate.Ref ref = gate.manage(user, caseId, "PARTNER_INVITE");
        Invitable partner = invitable().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> new UserFacingException("sharing.error.partner.required"));
        if (organisation != null && organisation.length() > MAX_ORGANISATION) {
            throw new UserFacingException("sharing.error.organisation.tooLong", MAX_ORGANISATION);
        }
        ParticipantRole role = partner.role();
        if (!role.statutory() && consents.current(caseId).map(c -> !c.covers(role)).orElse(true)) {
            throw new UserFacingException("sharing.error.partner.noConsent", Messages.nl("sharing.role." + role));
        }
        if (participants.active(caseId, username).filter(p -> p.invitedAt() != null).isPresent()) {
            throw new UserFacingException("sharing.error.partner.alreadyInvited", partner.displayName());
        }
        String org = Consents.blankToNull(organisation);
        if (org == null) {
            // the real organisation the admin entered for the account; a generic one only for an account made before
            org = jdbc.query("select organisation from staff_account where username = ?",
                    rs -> rs.next() ? Consents.blankToNull(rs.getString(1)) : null, username);
        }
        int n = participants.invite(caseId, username, role, org == null ? Messages.nl("sharing.org." + role) : org,
                user.username(), clock.instant());
        caseService.record(caseId, CaseEventType.PARTNER_INVITED, user.username(),
                SharedPlanProcess.routeKey(caseId, username, n), "sharing.timeline.invited", partner.displayName(),
                Messages.nl("sharing.role." + role));
        publisher.publishEvent(new PartnerInvited(caseId, ref.pupil().id(), ref.c().schoolId(), username,
                role.name(), n));
    }
}
