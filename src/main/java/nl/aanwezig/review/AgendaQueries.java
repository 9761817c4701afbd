package nl.aanwezig.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.cases.CaseStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads what the agenda is suggested from, read-only, from the dossier's tables (the tier-3 route writes them): every
 * open case of a school with its stage, when it reached that stage and its next evaluation.
 */
@Repository
class AgendaQueries {

    /**
     * When a case reached its stage: the route's last stage change on the timeline; for cases without one (moved
     * before the route wrote them), when its active plan or arrangement was made; else when the case opened.
     * The next evaluation is the earlier of the active plan's and the active arrangement's (least() skips nulls).
     */
    private static final String OPEN_CASES = """
            select c.id, c.pupil_id, c.stage, p.leerling, p.first_name || ' ' || p.last_name,
                   coalesce((select max(e.occurred_at) from case_event e
                             where e.case_id = c.id and e.type = 'STAGE_CHANGED'),
                            case c.stage
                                when 'ORANGE_PLAN' then (select sp.created_at from support_plan sp
                                                         where sp.case_id = c.id and sp.status = 'ACTIVE')
                                when 'RED_ARRANGEMENT' then (select ca.created_at from care_arrangement ca
                                                             where ca.case_id = c.id and ca.status = 'ACTIVE')
                            end,
                            c.opened_at),
                   least((select sp.next_evaluation from support_plan sp where sp.case_id = c.id and sp.status = 'ACTIVE'),
                         (select ca.next_evaluation from care_arrangement ca
                          where ca.case_id = c.id and ca.status = 'ACTIVE'))
            from pupil_case c join pupil p on p.id = c.pupil_id
            where c.school_id = ? and c.status = 'OPEN'""";

    private final JdbcTemplate jdbc;

    AgendaQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An open case as the agenda looks at it. */
    record OpenCase(long caseId, long pupilId, CaseStage stage, String leerling, String pupilName, Instant stageSince,
                    LocalDate nextEvaluation) {
    }

    List<OpenCase> openCases(long schoolId) {
        return jdbc.query(OPEN_CASES, (rs, i) -> {
            Timestamp since = rs.getTimestamp(6);
            Date next = rs.getDate(7);
            return new OpenCase(rs.getLong(1), rs.getLong(2), CaseStage.valueOf(rs.getString(3)), rs.getString(4),
                    rs.getString(5), since.toInstant(), next == null ? null : next.toLocalDate());
        }, schoolId);
    }

    /** The day of the school's last meeting before {@code date}, or null when it had none. */
    LocalDate previousMeeting(long schoolId, LocalDate date) {
        return jdbc.query("select max(held_on) from case_meeting where school_id = ? and held_on < ?",
                (rs, i) -> rs.getDate(1), schoolId, Date.valueOf(date)).stream()
                .filter(d -> d != null).map(Date::toLocalDate).findFirst().orElse(null);
    }
}
