package nl.aanwezig.chainreview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The region's thuiszitters registration as the Inspectie gets it: anonymised (the pseudonym, never a name or birth
 * date), cumulative (every subject ever entered, with its status), one row per subject.
 */
@Service
public class Thuiszitters {

    private final JdbcTemplate jdbc;
    private final ReviewAccess access;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    Thuiszitters(JdbcTemplate jdbc, ReviewAccess access, CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One subject of the registration. {@code age} in years today (or on its status date once it left the count),
     * {@code days} at home from {@code since} to today or the status date; {@code firstQuarter} the review that first
     * entered it.
     */
    public record Row(long id, String pseudonym, String category, String school, String sector, Integer age,
                      LocalDate since, long days, String status, LocalDate statusOn, String action,
                      String firstQuarter, String lastQuarter) {
        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** The registration of a region, open ones first, longest at home first; audited as an export. */
    public List<Row> registration(long regionId) {
        CurrentUser user = users.require();
        access.checkTakesPart(user, regionId, "thuiszitters registration");
        LocalDate today = LocalDate.now(clock);
        List<Row> rows = jdbc.query("""
                select t.id, rs.pseudonym, t.category, s.name school, t.sector, coalesce(p.birth_date, a.birth_date) born,
                       t.since, t.status, t.status_on, t.action, f.quarter first_quarter, l.quarter last_quarter
                from thuiszitter t join review_subject rs on rs.id = t.subject_id
                left join pupil p on p.id = rs.pupil_id left join absolute_absence a on a.id = rs.absolute_absence_id
                left join school s on s.id = t.school_id
                join chain_review f on f.id = t.first_review_id join chain_review l on l.id = t.last_review_id
                where t.region_id = ?
                order by t.status <> 'OPEN', t.since, rs.pseudonym""", (rs, i) -> {
            LocalDate statusOn = ChainReviews.date(rs, "status_on");
            LocalDate until = statusOn == null ? today : statusOn;
            LocalDate since = rs.getDate("since").toLocalDate();
            return new Row(rs.getLong("id"), rs.getString("pseudonym"), rs.getString("category"),
                    rs.getString("school"), rs.getString("sector"),
                    Period.between(rs.getDate("born").toLocalDate(), until).getYears(), since,
                    ChronoUnit.DAYS.between(since, until), rs.getString("status"), statusOn, rs.getString("action"),
                    rs.getString("first_quarter"), rs.getString("last_quarter"));
        }, regionId);
        audit.record(user, null, "THUISZITTERS_READ", true, "region " + regionId + ", " + rows.size() + " rows");
        return rows;
    }
}
