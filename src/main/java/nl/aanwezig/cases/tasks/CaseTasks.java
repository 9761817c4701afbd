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
    @Query(value = """
            select t.* from task t where t.state = 'OPEN' and t.case_id is not null
              and (t.assignee = :username
                   or (t.assignee is null and t.candidate_group = :grp
                       and (t.school_id = :schoolId
                            or exists (select 1 from case_participant p where p.case_id = t.case_id and p.username = :username and p.removed_at is null)))
                   or (t.assignee is null and t.candidate_group = 'sat'
                       and ((:grp = 'oc' and t.school_id = :schoolId)
                            or exists (select 1 from sat_member m where m.school_id = t.school_id and m.username = :username))))
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
