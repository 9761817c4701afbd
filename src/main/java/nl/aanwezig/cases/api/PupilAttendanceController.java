package nl.aanwezig.cases.api;

import nl.aanwezig.security.NeedToKnow;
import nl.aanwezig.base.api.ApiProblems;
import java.math.BigDecimal;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schools/{brin}/pupils/{leerling}/attendance?from=&to=}: a pupil's attendance figures.
 *
 * <p>It lives in the cases module, not in attendance, because who may see a pupil ("need to know": mentor,
 * OC of the school, partners who joined the open case) is decided with the case participants, which cases
 * owns; cases already depends on attendance, so the dependency stays one-way. The same
 * {@link DossierAccess} check as the pupil page applies, and every read is audited as ATTENDANCE_READ. A pupil
 * the caller may not see is answered exactly as an unknown one (404), so the API cannot be used to list which
 * pupil numbers another school has; the refusal is still audited.
 */
@RestController
class PupilAttendanceController {

    static final String ACTION = "ATTENDANCE_READ";

    private final Schools schools;
    private final Pupils pupils;
    private final DossierAccess access;
    private final FiguresService figures;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final nl.aanwezig.school.KnownSchoolYears years;

    PupilAttendanceController(Schools schools, Pupils pupils, DossierAccess access, FiguresService figures,
                              CurrentUsers users, AuditLog audit, nl.aanwezig.school.KnownSchoolYears years) {
        this.years = years;
        this.schools = schools;
        this.pupils = pupils;
        this.access = access;
        this.figures = figures;
        this.users = users;
        this.audit = audit;
    }

    /**
     * Attendance of a pupil over a period.
     *
     * @param attendancePct present / scheduled * 100 with one decimal; null when nothing was scheduled
     * @param band          band under the configured cut-offs; null when nothing was scheduled
     */
    record AttendanceResponse(long scheduledMinutes, long presentMinutes, BigDecimal attendancePct, Band band) {
    }

    @GetMapping("/api/v1/schools/{brin}/pupils/{leerling}/attendance")
    AttendanceResponse attendance(@PathVariable String brin, @PathVariable String leerling,
                                  @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Period period = ApiRequests.period(from, to, years);
        CurrentUser user = users.require();
        Pupil pupil = schools.findByBrin(brin).flatMap(s -> pupils.findBySchoolIdAndLeerling(s.id(), leerling))
                .orElseThrow(() -> {
                    audit.record(user, null, ACTION, false, "onbekend: " + Echo.of(brin) + "/" + Echo.of(leerling));
                    return notFound(brin, leerling);
                });
        try {
            access.check(user, pupil, ACTION); // audits the refusal
            if (!NeedToKnow.sees(user.role(), NeedToKnow.Part.ATTENDANCE)) {
                // a partner whose role does not need the figures (SWV consultant, coach): as if not allowed
                audit.record(user, pupil.id(), ACTION, false, "need to know");
                throw new AccessDeniedException("attendance not for " + user.role());
            }
        } catch (AccessDeniedException e) {
            // the same answer as for an unknown pupil: a 403 would tell which pupil numbers exist elsewhere
            throw notFound(brin, leerling);
        }
        Figures f = figures.figures(new Scope.OfPupil(pupil.id()), period);
        return new AttendanceResponse(f.scheduledMinutes(), f.presentMinutes(), figures.pct(f), figures.band(f));
    }

    private static ApiProblems.NotFound notFound(String brin, String leerling) {
        return new ApiProblems.NotFound(Messages.nl("api.attendance.notFound", Echo.of(brin), Echo.of(leerling)));
    }
}
