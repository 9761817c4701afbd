package nl.aanwezig.cases.tier3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tier3.Tier3Decisions.Funder;

/**
 * The red care-education arrangement (onderwijszorgarrangement). "Vertragen, verdiepen, verdragen, volhouden": it has
 * an end date, but nothing ends it but a decision at an evaluation.
 */
@Entity
@Table(name = "care_arrangement")
public class CareArrangement {

    public enum Status { ACTIVE, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "task_id")
    private Long taskId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "care_provider")
    private String careProvider;
    @Column(name = "education_where")
    private String educationWhere;
    @Column(name = "education_hours")
    private BigDecimal educationHours;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "funded_by")
    private Funder fundedBy;
    @Column(name = "evaluation_weeks")
    private int evaluationWeeks;
    @Column(name = "next_evaluation")
    private LocalDate nextEvaluation;
    @Column(name = "end_decision")
    private String endDecision;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected CareArrangement() {
    }

    CareArrangement(PupilCase c, long taskId, ArrangementForm f, String by, Instant now) {
        this.caseId = c.id();
        this.schoolId = c.schoolId();
        this.taskId = taskId;
        this.status = Status.ACTIVE;
        this.careProvider = f.careProvider().strip();
        this.educationWhere = f.educationWhere().strip();
        this.educationHours = f.educationHours();
        this.startsOn = f.startsOn();
        this.endsOn = f.endsOn();
        this.fundedBy = f.fundedBy();
        this.evaluationWeeks = f.evaluationWeeks();
        this.nextEvaluation = startsOn.plusWeeks(evaluationWeeks);
        this.createdBy = by;
        this.createdAt = now;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** As the plan: the rhythm is counted from the start, the first date after the day it was held. */
    LocalDate evaluationAfter(LocalDate held) {
        LocalDate next = startsOn.plusWeeks(evaluationWeeks);
        while (!next.isAfter(held)) {
            next = next.plusWeeks(evaluationWeeks);
        }
        return next;
    }

    void planNext(LocalDate date, String by, Instant now) {
        this.nextEvaluation = date;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void end(String decision, String by, Instant now) {
        this.status = Status.ENDED;
        this.endDecision = decision;
        this.nextEvaluation = null;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public Long caseId() { return caseId; }
    public Status status() { return status; }
    public boolean isActive() { return status == Status.ACTIVE; }
    public String careProvider() { return careProvider; }
    public String educationWhere() { return educationWhere; }
    public BigDecimal educationHours() { return educationHours; }
    public LocalDate startsOn() { return startsOn; }
    public LocalDate endsOn() { return endsOn; }
    public Funder fundedBy() { return fundedBy; }
    public int evaluationWeeks() { return evaluationWeeks; }
    public LocalDate nextEvaluation() { return nextEvaluation; }
    public String endDecision() { return endDecision; }
}
