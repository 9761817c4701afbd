package nl.aanwezig.cases.tier3;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OC's list of the school's open cases by stage, with the regievoerder, the plan's start and the next evaluation
 * (late and soon marked): one query over the cases and their active plan and arrangement, whatever the number of cases.
 */
@Service
public class Tier3Overview {

    /** An evaluation within this many days is "binnenkort". */
    public static final int SOON_DAYS = 7;

    private static final String CASES = """
            select c.id, c.pupil_id, p.first_name || ' ' || p.last_name, p.leerling, cl.name, c.stage,
                   coalesce(a.display_name, c.regievoerder), c.opened_at, sp.started_on,
                   case when ca.id is not null then ca.next_evaluation when sp.id is not null then sp.next_evaluation
                        when c.stage = 'YELLOW_MONITORING' then mr.review_on end
            from pupil_case c
            join pupil p on p.id = c.pupil_id
            left join school_class cl on cl.id = p.class_id
            left join staff_account a on a.username = c.regievoerder
            left join support_plan sp on sp.case_id = c.id and sp.status = 'ACTIVE'
            left join care_arrangement ca on ca.case_id = c.id and ca.status = 'ACTIVE'
            left join monitoring_review_date mr on mr.case_id = c.id
            where c.school_id = ? and c.status = 'OPEN'
            order by 10 nulls last, p.last_name, p.first_name""";

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Clock clock;

    Tier3Overview(JdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** The open cases of the OC's own school, the first evaluation due first. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional(readOnly = true)
    public List<StageRow> casesOfMySchool() {
        CurrentUser user = users.require();
        if (user.schoolId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.query(CASES, (rs, i) -> row(rs, today), user.schoolId());
    }

    private static StageRow row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate next = date(rs, 10);
        return new StageRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                CaseStage.valueOf(rs.getString(6)), rs.getString(7), rs.getTimestamp(8).toInstant(), date(rs, 9), next,
                Due.of(next, today));
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    /** How soon the next evaluation is. */
    public enum Due {
        NONE, LATER, SOON, OVERDUE;

        static Due of(LocalDate next, LocalDate today) {
            if (next == null) {
                return NONE;
            }
            if (next.isBefore(today)) {
                return OVERDUE;
            }
            return next.isAfter(today.plusDays(SOON_DAYS)) ? LATER : SOON;
        }
    }

    /**
     * A row of the list.
     *
     * @param regievoerder   the regievoerder's display name; null when none is appointed yet
     * @param planStartedOn  the active plan's start; null without a plan
     * @param nextEvaluation the arrangement's next evaluation while red, else the plan's; null when none is planned
     */
    public record StageRow(long caseId, long pupilId, String pupilName, String leerling, String className,
                           CaseStage stage, String regievoerder, Instant openedAt, LocalDate planStartedOn,
                           LocalDate nextEvaluation, Due due) {
    }
}
