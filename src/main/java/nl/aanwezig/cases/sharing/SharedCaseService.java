package nl.aanwezig.cases.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.conversation.Conversations;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.NeedToKnow;
import nl.aanwezig.security.NeedToKnow.Part;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a partner (or school staff) sees of a shared case, part by part as {@link NeedToKnow} allows their role, and
 * for partners only from the moment they joined. Every read is audited; a partner not taking part is refused.
 */
@Service
public class SharedCaseService {

    /** Timeline entries that are signal details, hidden from roles that do not see signals. */
    static final Set<CaseEventType> SIGNAL_ENTRIES = EnumSet.of(CaseEventType.SIGNAL, CaseEventType.EMPTY_CHAIR);

    private final CaseGate gate;
    private final ParticipantService participants;
    private final MyCases myCases;
    private final CaseEvents events;
    private final Conversations conversations;
    private final Contributions contributions;
    private final PlanReader plans;
    private final MedicalNotes medicalNotes;
    private final FiguresService figures;
    private final CurrentUsers users;
    private final DisplayNames names;
    private final Clock clock;

    SharedCaseService(CaseGate gate, ParticipantService participants, MyCases myCases, CaseEvents events,
                      Conversations conversations, Contributions contributions, PlanReader plans,
                      MedicalNotes medicalNotes, FiguresService figures, CurrentUsers users, DisplayNames names,
                      Clock clock) {
        this.gate = gate;
        this.participants = participants;
        this.myCases = myCases;
        this.events = events;
        this.conversations = conversations;
        this.contributions = contributions;
        this.plans = plans;
        this.medicalNotes = medicalNotes;
        this.figures = figures;
        this.users = users;
        this.names = names;
        this.clock = clock;
    }

    /** "Mijn gedeelde casussen": the open cases the partner takes part in, with their open task on each. */
    @PreAuthorize("hasAnyRole('LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public List<SharedCaseRow> myCases() {
        return myCases.of(users.require());
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public SharedCase view(long caseId) {
        CurrentUser user = users.require();
        CaseGate.Ref ref = gate.read(user, caseId, "SHARED_CASE_READ");
        ParticipantRole role = ParticipantRole.of(user.role());
        Set<Part> sees = NeedToKnow.of(user.role());
        Instant since = gate.since(user, caseId);
        var p = ref.pupil();
        String regie = gate.regievoerder(caseId);
        return new SharedCase(caseId, p.id(), p.fullName(), p.leerling(), myCases.schoolName(ref.c().schoolId()),
                role, sees, since, ref.c().isOpen(), ref.c().stage(), regie == null ? null : names.of(regie),
                sees.contains(Part.PARTICIPANTS) ? participants.overview(caseId) : null,
                sees.contains(Part.ATTENDANCE) ? figures.trend(p.id(), schoolYearSoFar()) : null,
                sees.contains(Part.PLAN) ? plans.activePlan(caseId).orElse(null) : null,
                timeline(caseId, sees, since),
                sees.contains(Part.CONVERSATIONS) ? conversations.findByCaseIdOrderByHeldOnDescIdDesc(caseId).stream()
                        .filter(t -> DossierAccess.visible(since, t.loggedAt())).toList() : List.of(),
                sees.contains(Part.CONTRIBUTIONS) ? contributions.ofCase(caseId, since) : List.of(),
                sees.contains(Part.MEDICAL_NOTES) ? medicalNotes.of(p.id()).stream()
                        .filter(n -> DossierAccess.visible(since, n.writtenAt())).toList() : List.of(),
                myCases.openTaskOn(user, caseId));
    }

    private List<Dossier.TimelineEntry> timeline(long caseId, Set<Part> sees, Instant since) {
        if (!sees.contains(Part.TIMELINE)) {
            return List.of();
        }
        return events.findByCaseIdInOrderByOccurredAtDescIdDesc(List.of(caseId)).stream()
                .filter(e -> DossierAccess.visible(since, e.occurredAt()))
                .filter(e -> sees.contains(Part.SIGNALS) || !SIGNAL_ENTRIES.contains(e.type()))
                .map(e -> new Dossier.TimelineEntry(e.occurredAt(), e.type(),
                        e.actor() == null ? "" : names.of(e.actor()), e.summary()))
                .toList();
    }

    private Period schoolYearSoFar() {
        LocalDate today = LocalDate.now(clock);
        return Period.schoolYear(Period.schoolYearOf(today)).until(today);
    }
}
