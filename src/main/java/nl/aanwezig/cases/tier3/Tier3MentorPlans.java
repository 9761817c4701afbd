package nl.aanwezig.cases.tier3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor's view of tier 3: the active plans of their own pupils, and the interventions of the school's plans
 * whose owner is their account (what is asked of them).
 */
@Service
public class Tier3MentorPlans {

    private static final String PLANS = """
            select sp.id, p.id, p.first_name || ' ' || p.last_name, c.stage, coalesce(a.display_name, c.regievoerder),
                   sp.started_on, sp.next_evaluation
            from support_plan sp
            join pupil_case c on c.id = sp.case_id and c.status = 'OPEN'
            join pupil p on p.id = c.pupil_id
            left join staff_account a on a.username = c.regievoerder
            where sp.status = 'ACTIVE' and p.school_id = ? and p.mentor = ?
            order by p.last_name, p.first_name""";

    private static final String GOALS = """
            select g.plan_id, g.domain, g.description, g.target_pct from plan_goal g
            where g.plan_id = any(?) order by g.plan_id, g.position""";

    private static final String MINE = """
            select p.id, p.first_name || ' ' || p.last_name, i.description, i.owner, i.starts_on, i.duration_weeks
            from plan_intervention i
            join support_plan sp on sp.id = i.plan_id and sp.status = 'ACTIVE'
            join pupil_case c on c.id = sp.case_id and c.status = 'OPEN'
            join pupil p on p.id = c.pupil_id
            where i.owner_username = ? and sp.school_id = ?
            order by i.starts_on, p.last_name""";

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;

    Tier3MentorPlans(JdbcTemplate jdbc, CurrentUsers users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** The active plans of the mentor's own pupils, with their goals (two queries, whatever the number of plans). */
    @PreAuthorize("hasAnyRole('MENTOR')")
    @Transactional(readOnly = true)
    public List<MyPlan> plansOfMyPupils() {
        CurrentUser user = users.require();
        if (user.schoolId() == null) {
            return List.of();
        }
        Map<Long, List<Goal>> goals = new HashMap<>();
        List<Object[]> rows = jdbc.query(PLANS, (rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), rs.getString(5), Tier3Overview.date(rs, 6), Tier3Overview.date(rs, 7)},
                user.schoolId(), user.username());
        Long[] planIds = rows.stream().map(r -> (Long) r[0]).toArray(Long[]::new);
        jdbc.query(GOALS, rs -> {
            goals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Goal(rs.getString(2),
                    rs.getString(3), rs.getBigDecimal(4)));
        }, (Object) planIds);
        return rows.stream().map(r -> new MyPlan((Long) r[1], (String) r[2], CaseStage.valueOf((String) r[3]),
                (String) r[4], (LocalDate) r[5], (LocalDate) r[6], goals.getOrDefault((Long) r[0], List.of()))).toList();
    }

    /** The interventions of the school's active plans that name the mentor's account as owner. */
    @PreAuthorize("hasAnyRole('MENTOR')")
    @Transactional(readOnly = true)
    public List<AskedOfMe> askedOfMe() {
        CurrentUser user = users.require();
        if (user.schoolId() == null) {
            return List.of();
        }
        return jdbc.query(MINE, (rs, i) -> new AskedOfMe(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), Tier3Overview.date(rs, 5), rs.getInt(6)), user.username(), user.schoolId());
    }

    /** A plan of one of my pupils. */
    public record MyPlan(long pupilId, String pupilName, CaseStage stage, String regievoerder, LocalDate startedOn,
                         LocalDate nextEvaluation, List<Goal> goals) {
    }

    /** A goal of the plan, as the list shows it. */
    public record Goal(String domain, String description, java.math.BigDecimal targetPct) {
    }

    /** An intervention I own. */
    public record AskedOfMe(long pupilId, String pupilName, String description, String owner, LocalDate startsOn,
                            int durationWeeks) {

        public LocalDate endsOn() {
            return startsOn.plusWeeks(durationWeeks);
        }
    }
}
