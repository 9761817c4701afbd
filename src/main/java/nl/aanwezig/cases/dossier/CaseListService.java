package nl.aanwezig.cases.dossier;

import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.school.School;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open cases of a school by stage, with regievoerder, plan start, next evaluation and who takes part: the OC's
 * list, the casusoverleg's source and the API. One query for the cases, one for their participants.
 */
@Service
public class CaseListService {

    static final String ACTION = "CASES_LIST";

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    CaseListService(JdbcTemplate jdbc, CurrentUsers users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A row of the list; {@code nextEvaluation} is the arrangement's while red, else the plan's. */
    public record CaseRow(long caseId, long pupilId, String leerling, String pupilName, CaseStage stage,
                          String regievoerder, Instant openedAt, LocalDate planStartedOn, LocalDate nextEvaluation,
                          List<Participant> participants) {
    }

    public record Participant(String role, String organisation) {
    }

    /**
     * The school's OC sees every open case of the school; a partner only the cases they take part in. {@code stage}
     * null: every stage. Audited as one read of the list.
     */
    @PreAuthorize("hasAnyRole('OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public List<CaseRow> casesOfSchool(School school, CaseStage stage) {
        CurrentUser user = users.require();
        boolean oc = user.role() == Role.OC;
        if (oc && !school.id().equals(user.schoolId())) {
            audit.record(user, null, ACTION, false, school.brin());
            throw new AccessDeniedException("school " + school.brin() + " is not " + user.username() + "'s");
        }
        audit.record(user, null, ACTION, true, school.brin() + (stage == null ? "" : " " + stage));
        List<CaseRow> rows = jdbc.query("""
                select c.id, p.id, p.leerling, p.first_name || ' ' || p.last_name, c.stage, c.regievoerder, c.opened_at,
                       sp.started_on, coalesce(ca.next_evaluation, sp.next_evaluation)
                from pupil_case c join pupil p on p.id = c.pupil_id
                left join support_plan sp on sp.case_id = c.id and sp.status = 'ACTIVE'
                left join care_arrangement ca on ca.case_id = c.id and ca.status = 'ACTIVE'
                where c.school_id = ? and c.status = 'OPEN' and (cast(? as varchar) is null or c.stage = ?)
                  and (? or exists (select 1 from case_participant cp where cp.case_id = c.id and cp.username = ?
                                                and cp.removed_at is null))
                order by coalesce(ca.next_evaluation, sp.next_evaluation) nulls last, c.opened_at""",
                (rs, i) -> new CaseRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        CaseStage.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getDate(8) == null ? null : rs.getDate(8).toLocalDate(),
                        rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(), new ArrayList<>()),
                school.id(), stage == null ? null : stage.name(), stage == null ? null : stage.name(), oc,
                user.username());
        attachParticipants(rows);
        return rows;
    }

    private void attachParticipants(List<CaseRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<Long, CaseRow> byCase = new HashMap<>();
        rows.forEach(r -> byCase.put(r.caseId(), r));
        jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select cp.case_id, cp.role, coalesce(cp.organisation, s.name) from case_participant cp
                    join staff_account a on a.username = cp.username left join school s on s.id = a.school_id
                    where cp.case_id = any (?) and cp.removed_at is null order by cp.case_id, cp.role""");
            Array ids = con.createArrayOf("bigint", byCase.keySet().toArray());
            ps.setArray(1, ids);
            return ps;
        }, rs -> {
            byCase.get(rs.getLong(1)).participants().add(new Participant(rs.getString(2), rs.getString(3)));
        });
    }

    /** Evaluations of plans and arrangements due by a date at one school, and how many of them are overdue. */
    public record DueAtSchool(String brin, String school, int due, int overdue) {
    }

    /**
     * The evaluations due in the SWV consultant's region up to {@code until}, per school, counted (no pupils: the
     * region sees how the chain keeps up, the schools see the cases). One query over the partial due-date indexes.
     */
    @PreAuthorize("hasAnyRole('SWV')")
    @Transactional(readOnly = true)
    public List<DueAtSchool> evaluationsDueInMyRegion(LocalDate until) {
        CurrentUser user = users.require();
        Long region = jdbc.queryForObject("select region_id from staff_account where username = ?", Long.class,
                user.username());
        if (region == null) {
            return List.of();
        }
        LocalDate today = today();
        audit.record(user, null, "EVALUATIONS_DUE_REGION", true, "regio " + region + " tot " + until);
        return jdbc.query("""
                select s.brin, s.name, count(*), count(*) filter (where d.next_evaluation < ?)
                from (select school_id, next_evaluation from support_plan
                      where status = 'ACTIVE' and next_evaluation <= ?
                        and not exists (select 1 from care_arrangement a where a.case_id = support_plan.case_id
                                        and a.status = 'ACTIVE')
                      union all
                      select school_id, next_evaluation from care_arrangement
                      where status = 'ACTIVE' and next_evaluation <= ?) d
                join school s on s.id = d.school_id
                where s.region_id = ?
                group by s.brin, s.name order by s.brin""",
                (rs, i) -> new DueAtSchool(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)),
                java.sql.Date.valueOf(today), java.sql.Date.valueOf(until), java.sql.Date.valueOf(until), region);
    }

    /** Today in the school's zone, for counting overdue evaluations. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
