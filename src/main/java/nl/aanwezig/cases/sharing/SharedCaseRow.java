package nl.aanwezig.cases.sharing;

import java.time.Instant;
import nl.aanwezig.cases.CaseStage;

/** A row of "Mijn gedeelde casussen": a case the partner takes part in, and their open task on it. */
public record SharedCaseRow(long caseId, long pupilId, String pupilName, String leerling, String schoolName,
                            CaseStage stage, String regievoerder, ParticipantRole myRole, Instant since,
                            Long openTaskId, String openTaskTitleKey) {
}
