package nl.aanwezig.attendance.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.figures.PyramidService.PeriodChoice;
import nl.aanwezig.attendance.figures.PyramidService.Query;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.SchoolClass;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.security.AccessPolicy;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.NeedToKnow;
import nl.aanwezig.security.PupilAccess;
import nl.aanwezig.security.PupilAccessFacts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pupils behind a cell of the pyramid (a band of the school, a class or a school of the region), as the trainers'
 * sheet zooms in from the school to the child. Same targets and scopes as {@link PyramidService}; by name only the
 * pupils whose attendance figures the user may see ({@link AccessPolicy}: a partner only while taking part in the
 * pupil's case, and never the SWV consultant, who sees no figures), each read audited; the others are only counted.
 * A name in a band's list tells the band, so a name is a figure.
 */
@Service
@PreAuthorize("hasAnyRole('OC', 'SWV', 'LEERPLICHT')")
@Transactional(readOnly = true)
public class PyramidPupils {

    static final String AUDIT_ACTION = "PYRAMID_PUPILS";

    private final PyramidService pyramids;
    private final FiguresService figures;
    private final DashboardScope access;
    private final CurrentUsers users;
    private final Pupils pupils;
    private final SchoolClasses classes;
    private final PupilAccessFacts facts;
    private final AuditLog audit;

    PyramidPupils(PyramidService pyramids, FiguresService figures, DashboardScope access, CurrentUsers users,
                  Pupils pupils, SchoolClasses classes, PupilAccessFacts facts, AuditLog audit) {
        this.pyramids = pyramids;
        this.figures = figures;
        this.access = access;
        this.users = users;
        this.pupils = pupils;
        this.classes = classes;
        this.facts = facts;
        this.audit = audit;
    }

    /** A pupil of the list, with the attendance the pyramid counted. */
    public record Line(long pupilId, String name, String leerling, String className, BigDecimal attendancePct,
                       Band band) {
    }

    /**
     * @param pupils the pupils whose figures the user may see, lowest attendance first
     * @param hidden how many more pupils the cell holds whose figures are not for this user
     */
    public record Listing(List<Line> pupils, int hidden) {
    }

    /** The pupils of the query's scope and period in {@code band} (null: every band). */
    public Listing pupils(Query q, Band band) {
        CurrentUser user = users.require();
        access.check(user, q.target());
        Scope scope = pyramids.scope(q);
        Map<Long, FiguresService.Attendance> minutes = q.period().kind() == PeriodChoice.Kind.FIRST_MONTH
                ? figures.firstMonthAttendancePerPupil(scope, q.startYear())
                : figures.attendancePerPupil(scope, PyramidService.period(q));
        Map<Long, FiguresService.Attendance> inCell = minutes.entrySet().stream()
                .filter(e -> e.getValue().scheduledMinutes() > 0)
                .filter(e -> band == null || figures.band(e.getValue()) == band)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<Long> openable = facts.factsOf(inCell.keySet()).stream()
                .filter(f -> AccessPolicy.sees(user, f, NeedToKnow.Part.ATTENDANCE))
                .map(PupilAccess::pupilId).toList();
        return new Listing(lines(user, openable, inCell), inCell.size() - openable.size());
    }

    private List<Line> lines(CurrentUser user, List<Long> ids, Map<Long, FiguresService.Attendance> minutes) {
        List<Pupil> named = pupils.findAllById(ids);
        Map<Long, String> classNames = classes.findAllById(named.stream().map(Pupil::classId)
                .filter(java.util.Objects::nonNull).distinct().toList()).stream()
                .collect(Collectors.toMap(SchoolClass::id, SchoolClass::name));
        List<Line> out = new ArrayList<>();
        for (Pupil p : named) {
            audit.record(user, p.id(), AUDIT_ACTION, true, null);
            FiguresService.Attendance a = minutes.get(p.id());
            out.add(new Line(p.id(), p.fullName(), p.leerling(), classNames.getOrDefault(p.classId(), ""),
                    figures.pct(a), figures.band(a)));
        }
        out.sort(Comparator.comparing(Line::attendancePct).thenComparing(Line::name, Comparator.nullsLast(
                Comparator.<String>naturalOrder())));
        return out;
    }
}
