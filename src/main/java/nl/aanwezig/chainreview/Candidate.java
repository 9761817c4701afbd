package nl.aanwezig.chainreview;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone the review will discuss, and why: a pupil of the region's schools or a child enrolled nowhere. The category
 * is the registration's (null when the subject is not a thuiszitter, only an orange or red case).
 */
final class Candidate {

    enum Reason { ORANGE, RED, LRV, EXEMPTION_5A, ABSOLUTE, OPEN_EARLIER }

    final Long pupilId;
    final Long absoluteAbsenceId;
    final Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    Long caseId;
    Long schoolId;
    String sector;
    LocalDate birthDate;
    Category category;
    LocalDate thuisSince;
    String action;

    private Candidate(Long pupilId, Long absoluteAbsenceId) {
        this.pupilId = pupilId;
        this.absoluteAbsenceId = absoluteAbsenceId;
    }

    static Candidate pupil(long pupilId) {
        return new Candidate(pupilId, null);
    }

    static Candidate absolute(long absenceId) {
        return new Candidate(null, absenceId);
    }

    String key() {
        return pupilId != null ? "p" + pupilId : "a" + absoluteAbsenceId;
    }

    String reasonList() {
        return String.join(",", reasons.stream().map(Enum::name).toList());
    }
}
