package nl.aanwezig.legal.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.signals.DuoLineProgress;
import nl.aanwezig.attendance.signals.DuoLineProgress.Progress;
import nl.aanwezig.legal.duo.DuoAccess;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Op weg naar de DUO-grens": per school leerplicht serves, the pupils counting unauthorised hours toward the DUO
 * line (16 hours in 4 school weeks) before a report exists. Only the pupils the school's own concern criterion lets
 * leerplicht see (its N hours in M school weeks reached); a school without that criterion shows none. Every pupil
 * listed is audited as read.
 */
@Service
public class DuoLineService {

    static final String READ = "DUO_LINE_READ";
    /** The DUO line itself: from here a report is due, so the pupil is no longer on the way. */
    static final int LINE_HOURS = 16;

    private final JdbcTemplate jdbc;
    private final DuoAccess access;
    private final DuoLineProgress progress;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    DuoLineService(JdbcTemplate jdbc, DuoAccess access, DuoLineProgress progress, CurrentUsers users, AuditLog audit,
                   Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.progress = progress;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public List<DuoLineSchool> schools() {
        CurrentUser user = users.require();
        LocalDate today = LocalDate.now(clock);
        List<DuoLineSchool> out = new ArrayList<>();
        for (Long schoolId : access.schoolsOf(user)) {
            DuoLineSchool school = school(schoolId, today);
            audit.recordReads(user, school.pupils().stream().map(DuoLineRow::pupilId).toList(), READ,
                    "school " + schoolId);
            out.add(school);
        }
        out.sort(Comparator.comparing(DuoLineSchool::name));
        return out;
    }

    private DuoLineSchool school(long schoolId, LocalDate today) {
        return jdbc.query("""
                select s.name, s.brin, c.unauthorised_hours, c.unauthorised_weeks from school s
                left join concern_criteria c on c.school_id = s.id where s.id = ?""", rs -> {
            rs.next();
            Integer hours = (Integer) rs.getObject(3);
            Integer weeks = (Integer) rs.getObject(4);
            List<DuoLineRow> rows = hours == null || weeks == null ? List.of() : rows(schoolId, today, hours, weeks);
            return new DuoLineSchool(schoolId, rs.getString(1), rs.getString(2), hours, weeks, rows);
        }, schoolId);
    }

    private List<DuoLineRow> rows(long schoolId, LocalDate today, int criterionHours, int criterionWeeks) {
        List<Progress> found = progress.ofSchool(schoolId, today, criterionWeeks).stream()
                .filter(p -> p.duo().hours() < LINE_HOURS && p.own() != null && p.own().hours() >= criterionHours)
                .toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> names = new HashMap<>();
        jdbc.query("""
                select p.id, p.first_name || ' ' || p.last_name, p.leerling, c.name from pupil p
                left join school_class c on c.id = p.class_id where p.id = any(?)""", rs -> {
            names.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
        }, (Object) found.stream().map(Progress::pupilId).toArray(Long[]::new));
        return found.stream().map(p -> {
            String[] n = names.get(p.pupilId());
            return new DuoLineRow(p.pupilId(), n[0], n[1], n[2], p.duo().hours(), p.duo().from(), p.duo().to());
        }).sorted(Comparator.comparing(DuoLineRow::hours).reversed().thenComparing(DuoLineRow::pupilName)).toList();
    }
}
