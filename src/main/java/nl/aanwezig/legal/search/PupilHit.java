package nl.aanwezig.legal.search;

import java.time.LocalDate;
import java.util.List;

/**
 * A pupil found by leerplicht: only what the role may see of any pupil of a school they serve, and what they may open.
 *
 * @param exemptions exemption ids (the dossier)
 * @param duoReports DUO report ids made at DUO (leerplicht sees no concept)
 * @param sharedCase whether leerplicht takes part in the pupil's open case (the dossier opens)
 */
public record PupilHit(long pupilId, String name, String leerling, LocalDate birthDate, long schoolId,
                       String schoolName, String brin, String className, List<Long> exemptions,
                       List<Long> duoReports, boolean sharedCase) {
}
