package nl.aanwezig.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkflowInstances extends JpaRepository<WorkflowInstance, Long> {

    boolean existsByRouteKey(String routeKey);

    Optional<WorkflowInstance> findByRouteKey(String routeKey);

    List<WorkflowInstance> findByCaseIdAndCancelledAtIsNull(Long caseId);

    Optional<WorkflowInstance> findFirstByCaseIdAndProcessIdOrderByIdDesc(Long caseId, String processId);
}
