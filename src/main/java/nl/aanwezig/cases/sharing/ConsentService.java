package nl.aanwezig.cases.sharing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskLifecycle;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.SharedPlanProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parents' consent to share, recorded with its date by the regievoerder or the school's OC. When it is withdrawn,
 * sharing stops in the same transaction: every invited partner but leerplicht (statutory) loses access, their open
 * contribution tasks leave the inbox and their routes end; all of it lands on the timeline.
 */
@Service
public class ConsentService {

    private final CaseGate gate;
    private final Consents consents;
    private final CaseParticipants participants;
    private final CaseTasks tasks;
    private final CaseService caseService;
    private final TaskLifecycle lifecycle;
    private final CurrentUsers users;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    ConsentService(CaseGate gate, Consents consents, CaseParticipants participants, CaseTasks tasks,
                   CaseService caseService, TaskLifecycle lifecycle, CurrentUsers users, ApplicationEventPublisher publisher,
                   Clock clock) {
        this.gate = gate;
        this.consents = consents;
        this.participants = participants;
        this.tasks = tasks;
        this.caseService = caseService;
        this.lifecycle = lifecycle;
        this.users = users;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void give(long caseId, ConsentForm form) {
        CurrentUser user = users.require();
        gate.manage(user, caseId, "CONSENT_RECORD");
        failOn(form.validate(LocalDate.now(clock)));
        if (consents.current(caseId).filter(Consent::inForce).isPresent()) {
            throw new UserFacingException("sharing.error.consent.alreadyGiven");
        }
        consents.give(caseId, form, user.username(), clock.instant());
        String scope = form.scope().stream().sorted().map(r -> Messages.nl("sharing.role." + r))
                .collect(Collectors.joining(", "));
        caseService.record(caseId, CaseEventType.CONSENT, user.username(), null, "sharing.timeline.consentGiven",
                form.givenBy().strip(), Messages.date(form.givenOn()), scope);
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void withdraw(long caseId, WithdrawalForm form) {
        CurrentUser user = users.require();
        gate.manage(user, caseId, "CONSENT_WITHDRAW");
        Consent current = consents.current(caseId).filter(Consent::inForce)
                .orElseThrow(() -> new UserFacingException("sharing.error.consent.noneInForce"));
        failOn(form.validate(LocalDate.now(clock), current.givenOn()));
        consents.withdraw(current.id(), form, user.username(), clock.instant());
        caseService.record(caseId, CaseEventType.CONSENT, user.username(), null, "sharing.timeline.consentWithdrawn",
                form.withdrawnBy().strip(), Messages.date(form.withdrawnOn()));
        stopSharing(caseId, user);
    }

    /** The partners from outside the school the case is shared with now, for the family pages (which check access). */
    @Transactional(readOnly = true)
    public List<Participant> sharedWith(long caseId) {
        return participants.ofCase(caseId).stream().filter(p -> p.active() && p.role().outsideSchool()).toList();
    }

    /** The consent in force of a case, if any (the family pages show its scope). */
    @Transactional(readOnly = true)
    public java.util.Optional<Consent> inForce(long caseId) {
        return consents.current(caseId).filter(Consent::inForce);
    }

    /**
     * The family gives or withdraws consent for one partner role themselves ({@code nl.aanwezig.cases.family} checks
     * who in the family may): the consent in force is closed and a new one with the changed scope given in the same
     * transaction, so the history stays; partners of a withdrawn role leave the case as with a withdrawal by the
     * school. Nothing happens when the scope already says so.
     */
    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional
    public boolean changeByFamily(long caseId, ParticipantRole role, boolean give, String byName) {
        CurrentUser user = users.require();
        if (!ConsentForm.scopes().contains(role)) {
            throw new UserFacingException("sharing.error.scope.invalid");
        }
        java.util.Optional<Consent> current = inForce(caseId);
        java.util.Set<ParticipantRole> scope = java.util.EnumSet.noneOf(ParticipantRole.class);
        current.ifPresent(c -> scope.addAll(c.scope()));
        if (give ? !scope.add(role) : !scope.remove(role)) {
            return false;
        }
        LocalDate today = LocalDate.now(clock);
        current.ifPresent(c -> consents.withdraw(c.id(), new WithdrawalForm(today.isBefore(c.givenOn()) ? c.givenOn()
                : today, byName, Messages.nl("sharing.family.changed")), user.username(), clock.instant()));
        if (!scope.isEmpty()) {
            consents.give(caseId, new ConsentForm(today, byName, scope, Messages.nl("sharing.family.given")),
                    user.username(), clock.instant());
        }
        caseService.record(caseId, CaseEventType.CONSENT, user.username(), null,
                give ? "sharing.timeline.familyGave" : "sharing.timeline.familyWithdrew", byName,
                Messages.nl("sharing.role." + role));
        if (!give) {
            stopSharing(caseId, user, java.util.Set.of(role));
        }
        return true;
    }

    /** Invited partners without statutory access leave the case; those who joined by their own signal stay. */
    private void stopSharing(long caseId, CurrentUser user) {
        stopSharing(caseId, user, null);
    }

    /** As above, only for these roles (null: every role the consent covered). */
    private void stopSharing(long caseId, CurrentUser user, java.util.Set<ParticipantRole> roles) {
        for (Participant p : participants.ofCase(caseId)) {
            if (!p.active() || p.invitedAt() == null || p.role().statutory() || !p.role().outsideSchool()
                    || roles != null && !roles.contains(p.role())) {
                continue;
            }
            participants.remove(caseId, p.username(), clock.instant());
            for (CaseTask t : tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN)) {
                if (p.username().equals(t.assignee()) && SharedPlanProcess.FORM_PARTNER_CONTRIBUTION.equals(t.form())) {
                    lifecycle.taskWithdrawn(t.id());
                }
            }
            caseService.record(caseId, CaseEventType.CONSENT, user.username(), null, "sharing.timeline.stopped",
                    p.displayName(), Messages.nl("sharing.role." + p.role()));
            publisher.publishEvent(new SharingStopped(caseId, p.username()));
        }
    }

    private static void failOn(List<Message> errors) {
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }
}
