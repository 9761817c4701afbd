package nl.aanwezig.cases.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.conversation.Conversation;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.timeline.CaseEventType;

/** A pupil's dossier as one screen shows it; attendance is the weekly trend of the school year so far. */
public record Dossier(long pupilId, String name, String leerling, String className, String mentor,
                      LocalDate birthDate, CaseSummary openCase, List<TimelineEntry> timeline,
                      List<TaskItem> openTasks, List<Conversation> conversations,
                      FiguresService.Trend attendance) {

    /** Whether the reader's role sees the attendance figures (need to know); {@code attendance} is null if not. */
    public boolean attendanceShown() {
        return attendance != null;
    }

    public record CaseSummary(long caseId, CaseStage stage, Instant openedAt) {
    }

    public record TimelineEntry(Instant at, CaseEventType type, String actor, String summary) {
    }
}
