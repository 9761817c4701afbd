package nl.aanwezig.cases.sharing;

import java.time.Clock;
import java.util.List;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who takes part in a case, with and without an account, and the parents' consent; contacts added and removed. */
@Service
public class ParticipantService {

    private final CaseGate gate;
    private final CaseParticipants participants;
    private final Consents consents;
    private final CaseService caseService;
    private final CurrentUsers users;
    private final DisplayNames names;
    private final Clock clock;

    ParticipantService(CaseGate gate, CaseParticipants participants, Consents consents, CaseService caseService,
                       CurrentUsers users, DisplayNames names, Clock clock) {
        this.gate = gate;
        this.participants = participants;
        this.consents = consents;
        this.caseService = caseService;
        this.users = users;
        this.names = names;
        this.clock = clock;
    }

    /** The participants of a case as its panel shows them; {@code mayManage}: the user invites and records consent. */
    public record Overview(long caseId, String regievoerder, List<Participant> participants, List<Contact> contacts,
                           Consent consent, boolean mayManage, boolean open) {
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public Overview overview(long caseId) {
        CurrentUser user = users.require();
        CaseGate.Ref ref = gate.read(user, caseId, "PARTICIPANTS_READ");
        String regie = gate.regievoerder(caseId);
        return new Overview(caseId, regie == null ? null : names.of(regie), participants.ofCase(caseId),
                participants.contacts(caseId), consents.current(caseId).orElse(null), gate.mayManage(user, ref),
                ref.c().isOpen());
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void addContact(long caseId, ContactForm form) {
        CurrentUser user = users.require();
        gate.manage(user, caseId, "CONTACT_ADD");
        if (!form.validate().isEmpty()) {
            throw new UserFacingException(form.validate());
        }
        Contact c = new Contact(0, form.name().strip(), form.role(), Consents.blankToNull(form.organisation()),
                Consents.blankToNull(form.contactNote()), clock.instant());
        participants.addContact(caseId, c, user.username());
        caseService.record(caseId, CaseEventType.PARTNER_INVITED, user.username(), null, "sharing.timeline.contactAdded",
                c.name(), Messages.nl("sharing.role." + c.role()));
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void removeContact(long caseId, long contactId) {
        CurrentUser user = users.require();
        gate.manage(user, caseId, "CONTACT_REMOVE");
        String name = participants.removeContact(caseId, contactId, clock.instant())
                .orElseThrow(() -> new UserFacingException("sharing.error.contactGone"));
        caseService.record(caseId, CaseEventType.PARTNER_INVITED, user.username(), null,
                "sharing.timeline.contactRemoved", name);
    }
}
