package nl.aanwezig.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseTasks extends JpaRepository<CaseTask, Long> {

    Optional<CaseTask> findByJobKey(Long jobKey);

    Optional<CaseTask> findByCaseIdAndElementIdAndState(Long caseId, String elementId, CaseTask.State state);

    List<CaseTask> findByCaseIdAndState(Long caseId, CaseTask.State state);

    List<CaseTask> findByCaseIdOrderByIdAsc(Long caseId);

    /** The inbox: tasks assigned to the user, or offered to their role at their school. */
    @Query("""
            select t from CaseTask t where t.state = 'OPEN'
              and (t.assignee = :username or (t.assignee is null and t.candidateGroup = :group and t.schoolId = :schoolId))
            order by coalesce(t.dueAt, t.createdAt), t.id""")
    List<CaseTask> inbox(String username, String group, Long schoolId);
}
