package nl.aanwezig.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkflowInstances extends JpaRepository<WorkflowInstance, Long> {

    boolean existsByRouteKey(String routeKey);

    Optional<WorkflowInstance> findByRouteKey(String routeKey);

    List<WorkflowInstance> findByCaseIdAndCancelledAtIsNull(Long caseId);

    Optional<WorkflowInstance> findFirstByCaseIdAndProcessIdOrderByIdDesc(Long caseId, String processId);

    /**
     * Routes of a case of this process, not cancelled, whose task {@code elementId} is not done yet: still open, or not
     * created yet because the engine has not reached it (a route started in this same transaction counts too).
     */
    @Query("""
            select count(wi) from WorkflowInstance wi where wi.caseId = :caseId and wi.processId = :processId
            and wi.cancelledAt is null and not exists (select t.id from CaseTask t where t.routeId = wi.id
                and t.elementId = :elementId and t.state <> nl.aanwezig.cases.CaseTask.State.OPEN)""")
    long countWaitingFor(@Param("caseId") Long caseId, @Param("processId") String processId,
                         @Param("elementId") String elementId);
}
