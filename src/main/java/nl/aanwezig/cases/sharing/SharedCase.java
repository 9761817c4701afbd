package nl.aanwezig.cases.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.conversation.Conversation;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.security.NeedToKnow;

/**
 * A shared case as one viewer may see it ({@link NeedToKnow}): parts the viewer's role does not see are null or
 * empty, and a partner sees nothing from before {@code since}, the moment they joined.
 */
public record SharedCase(long caseId, long pupilId, String pupilName, String leerling, String schoolName,
                         ParticipantRole viewerRole, Set<NeedToKnow.Part> sees, Instant since, boolean open,
                         CaseStage stage, String regievoerder, ParticipantService.Overview participants,
                         FiguresService.Trend attendance, SharedPlan plan, List<Dossier.TimelineEntry> timeline,
                         List<Conversation> conversations, List<Contribution> contributions,
                         List<MedicalNotes.Note> medicalNotes, Long myOpenTaskId) {

    public boolean sees(NeedToKnow.Part part) {
        return sees.contains(part);
    }
}
