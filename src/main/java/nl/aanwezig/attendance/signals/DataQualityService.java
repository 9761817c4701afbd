package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.security.CurrentUser;
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
        return jdbc.query("""
                select s.brin, q.kind, q.subject, q.issue_date, q.detail from data_quality_issue q join school s on s.id = q.school_id
                where (?::bigint is null or q.school_id = ?) order by q.issue_date desc nulls last, q.kind, q.subject
                limit 1000""", (rs, i) -> new Finding(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getDate(4) == null ? null : rs.getDate(4).toLocalDate(), rs.getString(5)), school, school);
    }

    /** One finding: which school, what kind, about what (class, pupil number, or the school), when. */
    public record Finding(String brin, String kind, String subject, LocalDate date, String detail) {
    }
}
