package nl.aanwezig.cases.sharing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.workflow.SharedPlanProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The cases a partner takes part in, and which of their tasks is open on each. */
@Component
class MyCases {

    private final JdbcTemplate jdbc;
    private final CaseTasks tasks;

    MyCases(JdbcTemplate jdbc, CaseTasks tasks) {
        this.jdbc = jdbc;
        this.tasks = tasks;
    }

    List<SharedCaseRow> of(CurrentUser user) {
        List<SharedCaseRow> rows = jdbc.query("""
                select c.id, c.pupil_id, p.first_name || ' ' || p.last_name, p.leerling, s.name, c.stage,
                       coalesce(r.display_name, c.regievoerder), cp.role, cp.added_at
                from case_participant cp
                  join pupil_case c on c.id = cp.case_id
                  join pupil p on p.id = c.pupil_id
                  join school s on s.id = c.school_id
                  left join staff_account r on r.username = c.regievoerder
                where cp.username = ? and cp.removed_at is null and c.status = 'OPEN'
                order by cp.added_at desc, c.id desc""",
                (rs, i) -> new SharedCaseRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), CaseStage.valueOf(rs.getString(6)), rs.getString(7),
                        CaseParticipants.role(rs.getString(8)), rs.getTimestamp(9).toInstant(), null, null),
                user.username());
        Map<Long, CaseTask> open = tasks.findByCaseIdInAndState(rows.stream().map(SharedCaseRow::caseId).toList(),
                        CaseTask.State.OPEN).stream().filter(t -> mine(user, t))
                .collect(Collectors.toMap(CaseTask::caseId, Function.identity(), (a, b) -> a.id() < b.id() ? a : b));
        return rows.stream().map(r -> Optional.ofNullable(open.get(r.caseId()))
                .map(t -> new SharedCaseRow(r.caseId(), r.pupilId(), r.pupilName(), r.leerling(), r.schoolName(),
                        r.stage(), r.regievoerder(), r.myRole(), r.since(), t.id(), t.titleKey()))
                .orElse(r)).toList();
    }

    /** The user's open contribution task on the case, if any. */
    Long openTaskOn(CurrentUser user, long caseId) {
        return tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN).stream()
                .filter(t -> user.username().equals(t.assignee()) && SharedPlanProcess.FORM_PARTNER_CONTRIBUTION.equals(t.form()))
                .map(CaseTask::id).findFirst().orElse(null);
    }

    String schoolName(long schoolId) {
        return jdbc.queryForObject("select name from school where id = ?", String.class, schoolId);
    }

    private static boolean mine(CurrentUser user, CaseTask t) {
        return user.username().equals(t.assignee())
                || (t.assignee() == null && user.role().candidateGroup().equals(t.candidateGroup()));
    }
}
