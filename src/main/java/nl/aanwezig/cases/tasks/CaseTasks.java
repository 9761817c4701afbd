package nl.aanwezig.cases.tasks;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseTasks extends JpaRepository<CaseTask, Long> {

    Optional<CaseTask> findByJobKey(Long jobKey);

    Optional<CaseTask> findByCaseIdAndElementIdAndState(Long caseId, String elementId, CaseTask.State state);

    List<CaseTask> findByCaseIdAndState(Long caseId, CaseTask.State state);

    List<CaseTask> findByCaseIdInAndState(java.util.Collection<Long> caseIds, CaseTask.State state);

    Optional<CaseTask> findByRouteIdAndElementIdAndState(Long routeId, String elementId, CaseTask.State state);

    List<CaseTask> findByRouteIdAndState(Long routeId, CaseTask.State state);

    List<CaseTask> findByCaseIdOrderByIdAsc(Long caseId);

    List<CaseTask> findByRouteIdAndElementIdAndStateNot(Long routeId, String elementId, CaseTask.State state);

    List<CaseTask> findByStateAndJobKeyNotNullOrderByIdAsc(CaseTask.State state);

    /**
     * The inbox: tasks assigned to the user, or offered to their role at their own school, or (for partners
     * who work across schools) on cases they joined.
     */
    // One indexed branch per way a task reaches the inbox, not one OR over every open task: as an OR the planner
    // scanned the region's open tasks and probed the participants for each (EXPLAIN on the benchmark's region: a
    // seq scan of 1,790 tasks with 877 probes for an OC's 18), which grows with the region, not with the inbox.
    @Query(value = """
            select t.* from task t where t.case_id is not null and t.id in (
                select a.id from task a where a.assignee = :username and a.state = 'OPEN'
                union all
                select s.id from task s where s.state = 'OPEN' and s.school_id = :schoolId and s.assignee is null
                  and (s.candidate_group = :grp or (s.candidate_group = 'sat' and :grp = 'oc'))
                union all
                select c.id from case_participant p join task c on c.case_id = p.case_id
                where p.username = :username and p.removed_at is null
                  and c.state = 'OPEN' and c.assignee is null and c.candidate_group = :grp
                union all
                select m.id from sat_member sm join task m on m.school_id = sm.school_id
                where sm.username = :username and m.state = 'OPEN' and m.assignee is null and m.candidate_group = 'sat')
            order by coalesce(t.due_at, t.created_at), t.id""", nativeQuery = true)
    List<CaseTask> inbox(String username, String grp, Long schoolId);

    /**
     * Open tasks on a school's cases that are past their deadline and wait for someone other than this OC: assigned to
     * another person, or offered to a group other than the OC's (the school's OC group tasks are in her own inbox).
     */
    @Query(value = """
            select t.* from task t where t.state = 'OPEN' and t.case_id is not null and t.school_id = :schoolId
              and t.due_at < :now
              and ((t.assignee is not null and t.assignee <> :username)
                   or (t.assignee is null and t.candidate_group not in ('oc', 'sat')))
            order by t.due_at, t.id""", nativeQuery = true)
    List<CaseTask> overdueOfOthers(long schoolId, String username, java.time.Instant now);
}
