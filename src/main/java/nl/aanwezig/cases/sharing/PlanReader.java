package nl.aanwezig.cases.sharing;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the case's active plan (the tier-3 tables of V9, written by the plan editor) for the shared view. */
@Component
public class PlanReader {

    private final JdbcTemplate jdbc;

    PlanReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SharedPlan> activePlan(long caseId) {
        record Head(long id, java.time.LocalDate started, java.time.LocalDate next) {
        }
        Optional<Head> head = jdbc.query("""
                select id, started_on, next_evaluation from support_plan where case_id = ? and status = 'ACTIVE'""",
                (rs, i) -> new Head(rs.getLong(1), rs.getDate(2).toLocalDate(), date(rs.getDate(3))), caseId)
                .stream().findFirst();
        return head.map(h -> new SharedPlan(h.started(), h.next(), goals(h.id()), interventions(h.id())));
    }

    private List<SharedPlan.Goal> goals(long planId) {
        return jdbc.query("""
                select domain, description, measure, target_pct from plan_goal where plan_id = ? order by position, id""",
                (rs, i) -> new SharedPlan.Goal(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)),
                planId);
    }

    private List<SharedPlan.Intervention> interventions(long planId) {
        return jdbc.query("""
                select description, owner, starts_on, duration_weeks from plan_intervention where plan_id = ?
                order by position, id""", (rs, i) -> new SharedPlan.Intervention(rs.getString(1), rs.getString(2),
                rs.getDate(3).toLocalDate(), rs.getInt(4)), planId);
    }

    private static java.time.LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
