package nl.aanwezig.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A route (process instance) of a case: which process, the variables it starts with, and, once the engine has it,
 * its instance key and the token of the instance that claimed it ({@link RouteClaims}). Everything after the start
 * lives in the engine.
 */
@Entity
@Table(name = "workflow_instance")
class WorkflowInstance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "process_id")
    private String processId;
    @Column(name = "route_key")
    private String routeKey;
    @Column(name = "instance_key")
    private Long instanceKey;
    @Column(name = "instance_token")
    private String instanceToken;
    private String variables;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected WorkflowInstance() {
    }

    WorkflowInstance(Long caseId, String processId, String routeKey, String variables, Instant now) {
        this.caseId = caseId;
        this.processId = processId;
        this.routeKey = routeKey;
        this.variables = variables;
        this.updatedAt = now;
    }

    Long id() {
        return id;
    }

    Long caseId() {
        return caseId;
    }

    String processId() {
        return processId;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    String routeKey() {
        return routeKey;
    }

    Long instanceKey() {
        return instanceKey;
    }
}
