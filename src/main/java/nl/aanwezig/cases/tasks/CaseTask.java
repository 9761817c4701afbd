package nl.aanwezig.cases.tasks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.SQLRestriction;

/**
 * A human step of a case, as shown in the inbox: the projection of one open user-task job of the engine, keyed by
 * the job's key. It ends completed by a person, or withdrawn (the engine cancelled the job, or the case closed).
 */
@Entity
@Table(name = "task")
// the one task table also holds the tasks of exemption routes (no case; the exemption module reads those)
@SQLRestriction("case_id is not null")
public class CaseTask {

    public enum State { OPEN, COMPLETED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "workflow_instance_id")
    private Long routeId;
    @Column(name = "process_id")
    private String processId;
    @Column(name = "element_id")
    private String elementId;
    private String form;
    @Column(name = "title_key")
    private String titleKey;
    @Column(name = "candidate_group")
    private String candidateGroup;
    private String assignee;
    @Column(name = "job_key")
    private Long jobKey;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private State state;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completed_at")
    private Instant completedAt;
    /** The route's variables the form shows (the decision table's advice, the figures), JSON. */
    private String context;
    /** What the form may decide, as the model names it (comma-separated); null: nothing but "done". */
    private String decisions;
    @Version
    private long version;

    protected CaseTask() {
    }

    CaseTask(long caseId, long schoolId, NewTask t, Instant now) {
        this.caseId = caseId;
        this.schoolId = schoolId;
        this.routeId = t.routeId();
        this.processId = t.processId();
        this.elementId = t.elementId();
        this.form = t.form();
        this.titleKey = t.titleKey();
        this.candidateGroup = t.candidateGroup();
        this.assignee = t.assignee();
        this.jobKey = t.jobKey();
        this.dueAt = t.dueAt();
        this.context = t.context();
        this.decisions = t.decisions();
        this.createdAt = now;
        this.state = State.OPEN;
    }

    /** The step no longer waits for anyone: the engine withdrew it, or its case closed. False if it was not open. */
    boolean withdraw(Instant now) {
        if (state != State.OPEN) {
            return false;
        }
        state = State.CANCELLED;
        completedAt = now;
        return true;
    }

    /** Hands a personal task to someone else (the pupil's new mentor). */
    public void reassign(String to) {
        this.assignee = to;
    }

    void complete(String by, Instant now) {
        if (state != State.OPEN) {
            throw new IllegalStateException("task " + id + " is not open");
        }
        state = State.COMPLETED;
        completedBy = by;
        completedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long caseId() {
        return caseId;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Long routeId() {
        return routeId;
    }

    public String processId() {
        return processId;
    }

    public String elementId() {
        return elementId;
    }

    public String form() {
        return form;
    }

    public String titleKey() {
        return titleKey;
    }

    public String candidateGroup() {
        return candidateGroup;
    }

    public String assignee() {
        return assignee;
    }

    public Long jobKey() {
        return jobKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public State state() {
        return state;
    }

    public boolean isOpen() {
        return state == State.OPEN;
    }

    public String context() {
        return context;
    }

    public String decisions() {
        return decisions;
    }

    public String completedBy() {
        return completedBy;
    }
}
