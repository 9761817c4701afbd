package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.aanwezig.security.AccessPolicy;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.PupilAccess;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Data-quality findings for the OC (own school) and the admin (every school). */
@Service
public class DataQualityService {

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;

    DataQualityService(JdbcTemplate jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    @PreAuthorize("hasAnyRole('OC', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Finding> findings() {
        CurrentUser user = users.require();
        Long school = user.is(Role.ADMIN) ? null : user.schoolId();
        // a finding about a pupil names the pupil for whoever may open the dossier (the OC of the school)
        return jdbc.query("""
                select s.brin, q.kind, q.subject, q.issue_date, q.detail, p.id, p.first_name, p.last_name, p.school_id,
                       p.mentor, s.name
                from data_quality_issue q join school s on s.id = q.school_id
                left join pupil p on p.school_id = q.school_id and p.leerling = q.subject and q.kind in (%s)
                where (?::bigint is null or q.school_id = ?) order by q.issue_date desc nulls last, q.kind, q.subject
                limit 1000""".formatted(PUPIL_KINDS), (rs, i) -> {
            Long pupilId = rs.getObject(6) == null ? null : rs.getLong(6);
            boolean named = pupilId != null && AccessPolicy.mayOpen(user,
                    new PupilAccess(pupilId, rs.getLong(9), rs.getString(10), Set.of()));
            return new Finding(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5),
                    named ? pupilId : null, named ? rs.getString(7) + " " + rs.getString(8) : null, rs.getString(11));
        }, school, school);
    }

    /** Kinds of finding whose subject is a pupil number. */
    private static final String PUPIL_KINDS = Stream.of(DataQualityIssue.Kind.LATENESS_AS_HALF_DAY_ABSENCE,
                    DataQualityIssue.Kind.NOT_AN_ABSENCE_AS_ABSENCE, DataQualityIssue.Kind.ABSENCES_WITHOUT_TIMETABLE,
                    DataQualityIssue.Kind.HOUR_OUTSIDE_SCHEDULE, DataQualityIssue.Kind.PUPIL_WITHOUT_TIMETABLE)
            .map(k -> "'" + k.name() + "'").collect(Collectors.joining(", "));

    /**
     * One finding: which school, what kind, about what (class, pupil number, or the school), when; for a pupil the
     * user may open, its id and name (otherwise null); the school by name as the screen shows it (issue #21).
     */
    public record Finding(String brin, String kind, String subject, LocalDate date, String detail, Long pupilId,
                          String pupilName, String schoolName) {
    }
}
