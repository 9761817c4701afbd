package nl.aanwezig.cases.sharing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.SharedPlanProcess;
import org.springframework.stereotype.Component;

/** Consent, invitations and the partner's task, as the sharing tests need them. */
@Component
public class SharingTestSupport {

    private final ConsentService consents;
    private final InvitationService invitations;
    private final CaseTasks tasks;

    SharingTestSupport(ConsentService consents, InvitationService invitations, CaseTasks tasks) {
        this.consents = consents;
        this.invitations = invitations;
        this.tasks = tasks;
    }

    public static ConsentForm consentFor(ParticipantRole... roles) {
        Set<ParticipantRole> scope = EnumSet.noneOf(ParticipantRole.class);
        scope.addAll(Set.of(roles));
        return new ConsentForm(LocalDate.now(), "Marieke Test (moeder)", scope, "Besproken op school.");
    }

    /** The OC records consent for the roles and invites the partner. */
    public void consentAndInvite(long caseId, String partner, ParticipantRole... roles) {
        AsUser.run("t-oc", "OC", () -> {
            consents.give(caseId, consentFor(roles));
            invitations.invite(caseId, partner, null);
        });
    }

    /** The partner's open contribution task, once the engine created it. */
    public CaseTask openTaskOf(long caseId, String partner) {
        return Eventually.get(() -> tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN).stream()
                .filter(t -> partner.equals(t.assignee()) && SharedPlanProcess.FORM_PARTNER_CONTRIBUTION.equals(t.form())).findFirst(),
                Routes.WAIT, "open contribution task of " + partner + " on case " + caseId);
    }
}
