package nl.aanwezig.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A route (process instance) of a case as the database remembers it: the variables it was given, and which engine
 * run holds it. An instance of an earlier run of the in-process engine is gone and must be rebuilt.
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
    @Column(name = "engine_run")
    private String engineRun;
    private String variables;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WorkflowInstance() {
    }

    WorkflowInstance(long caseId, String processId, String routeKey, String variables, Instant now) {
        this.caseId = caseId;
        this.processId = processId;
        this.routeKey = routeKey;
        this.variables = variables;
        this.updatedAt = now;
    }

    boolean started() {
        return instanceKey != null;
    }

    boolean liveIn(String run) {
        return run.equals(engineRun);
    }

    void startedAs(long key, String run, Instant now) {
        this.instanceKey = key;
        this.engineRun = run;
        this.updatedAt = now;
    }

    /** Nothing to rebuild (no open human step): remember that this run has seen it. */
    void settledIn(String run, Instant now) {
        this.engineRun = run;
        this.updatedAt = now;
    }

    void variables(String json, Instant now) {
        this.variables = json;
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

    Long instanceKey() {
        return instanceKey;
    }

    String variables() {
        return variables;
    }
}
