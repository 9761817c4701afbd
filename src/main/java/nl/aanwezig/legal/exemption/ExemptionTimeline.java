package nl.aanwezig.legal.exemption;

import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.timeline.CaseEventType;
import org.springframework.stereotype.Component;

/**
 * The exemption's steps on the pupil's timeline, when the pupil has an open case; without one the exemption dossier
 * itself is the record (an exemption does not open a case).
 */
@Component
class ExemptionTimeline {

    private final Cases cases;
    private final CaseService caseService;

    ExemptionTimeline(Cases cases, CaseService caseService) {
        this.cases = cases;
        this.caseService = caseService;
    }

    void record(long pupilId, String actor, String sourceKey, String messageKey, Object... args) {
        cases.findByPupilIdAndStatus(pupilId, PupilCase.Status.OPEN).ifPresent(c ->
                caseService.record(c.id(), CaseEventType.EXEMPTION, actor, sourceKey, messageKey, args));
    }
}
