package nl.aanwezig.workflow;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import jakarta.persistence.QueryHint;

interface WorkflowInstances extends JpaRepository<WorkflowInstance, Long> {

    /** Routes this engine run does not hold yet, of cases that are still open. */
    @Query(value = """
            select w.id from workflow_instance w join pupil_case c on c.id = w.case_id
            where c.status = 'OPEN' and (w.engine_run is null or w.engine_run <> :run)
            order by w.id""", nativeQuery = true)
    List<Long> notLiveIn(String run);

    /** Locks the row; another app instance reconciling the same case skips it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select w from WorkflowInstance w where w.id = :id")
    Optional<WorkflowInstance> lockIfFree(Long id);

    boolean existsByRouteKey(String routeKey);

    @Query("select w.id from WorkflowInstance w where w.caseId = :caseId and w.instanceKey is null order by w.id")
    List<Long> notStartedOfCase(Long caseId);

    Optional<WorkflowInstance> findFirstByCaseIdAndProcessIdOrderByIdDesc(Long caseId, String processId);
}
