package nl.aanwezig.legal.duo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's concern criteria (table concern_criteria), which the signal detection evaluates after every import.
 * The school's own OC and the administrator set them; nobody else, and never another school's.
 */
@Service
public class ConcernCriteriaService {

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Clock clock;

    ConcernCriteriaService(JdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** The school's criteria; all empty when never set. */
    @PreAuthorize("hasAnyRole('OC', 'ADMIN')")
    @Transactional(readOnly = true)
    public ConcernCriteria of(long schoolId) {
        check(schoolId);
        List<ConcernCriteria> found = jdbc.query("""
                select unauthorised_hours, unauthorised_weeks, late_times, late_weeks, updated_by, updated_at
                from concern_criteria where school_id = ?""", (rs, i) -> new ConcernCriteria(
                (Integer) rs.getObject(1), (Integer) rs.getObject(2), (Integer) rs.getObject(3),
                (Integer) rs.getObject(4), rs.getString(5), rs.getTimestamp(6).toInstant()), schoolId);
        return found.isEmpty() ? new ConcernCriteria(null, null, null, null, null, null) : found.get(0);
    }

    /** Replaces the school's criteria; refused with Dutch messages when a pair is half filled or out of range. */
    @PreAuthorize("hasAnyRole('OC', 'ADMIN')")
    @Transactional
    public ConcernCriteria save(long schoolId, ConcernCriteria criteria) {
        CurrentUser user = check(schoolId);
        var problems = criteria.problems();
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
        jdbc.update("""
                insert into concern_criteria (school_id, unauthorised_hours, unauthorised_weeks, late_times, late_weeks,
                                              updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (school_id) do update set unauthorised_hours = excluded.unauthorised_hours,
                  unauthorised_weeks = excluded.unauthorised_weeks, late_times = excluded.late_times,
                  late_weeks = excluded.late_weeks, updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                schoolId, criteria.unauthorisedHours(), criteria.unauthorisedWeeks(), criteria.lateTimes(),
                criteria.lateWeeks(), user.username(), Timestamp.from(clock.instant()));
        return of(schoolId);
    }

    private CurrentUser check(long schoolId) {
        CurrentUser user = users.require();
        if (!user.is(Role.ADMIN) && (user.schoolId() == null || user.schoolId() != schoolId)) {
            throw new AccessDeniedException("concern criteria of school " + schoolId + " are not for " + user.username());
        }
        return user;
    }
}
