package nl.aanwezig.cases.sharing;

import java.time.Clock;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner or school staff member adds a note, an agreement or their part of the plan. The first contribution after
 * an invitation completes the partner's task (in the same transaction). The jeugdarts's medical note goes to the
 * medical notes only; everyone else sees the advice text.
 */
@Service
public class ContributionService {

    private final CaseGate gate;
    private final Contributions contributions;
    private final MyCases myCases;
    private final CaseService caseService;
    private final TaskService tasks;
    private final MedicalNotes medicalNotes;
    private final CurrentUsers users;
    private final Clock clock;

    ContributionService(CaseGate gate, Contributions contributions, MyCases myCases, CaseService caseService,
                        TaskService tasks, MedicalNotes medicalNotes, CurrentUsers users, Clock clock) {
        this.gate = gate;
        this.contributions = contributions;
        this.myCases = myCases;
        this.caseService = caseService;
        this.tasks = tasks;
        this.medicalNotes = medicalNotes;
        this.users = users;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void contribute(long caseId, ContributionForm form) {
        CurrentUser user = users.require();
        CaseGate.Ref ref = gate.read(user, caseId, "SHARED_CASE_CONTRIBUTE");
        if (!form.validate().isEmpty()) {
            throw new UserFacingException(form.validate());
        }
        if (!ref.c().isOpen()) {
            throw new UserFacingException("sharing.error.caseClosed");
        }
        if (form.hasMedicalNote() && !user.is(Role.JEUGDARTS)) {
            throw new AccessDeniedException("only a jeugdarts writes medical notes");
        }
        ParticipantRole role = ParticipantRole.of(user.role());
        Long taskId = myCases.openTaskOn(user, caseId);
        String text = form.text().strip();
        contributions.add(caseId, user.username(), role, form.kind(), text, clock.instant(), taskId);
        caseService.record(caseId, CaseEventType.PARTNER_NOTE, user.username(), null, "sharing.timeline.contribution",
                Messages.nl("sharing.kind." + form.kind()), Messages.nl("sharing.role." + role), text);
        if (form.hasMedicalNote()) {
            medicalNotes.writeOnCase(ref.c(), form.medicalNote());
        }
        if (taskId != null) {
            tasks.complete(taskId, "PARTNER_CONTRIBUTION", Map.of("contributed", true));
        }
    }
}
