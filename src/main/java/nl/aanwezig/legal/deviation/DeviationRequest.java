package nl.aanwezig.legal.deviation;

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
import nl.aanwezig.attendance.domain.ApprovedTimetable;

/** A request to the Inspectie to deviate from the onderwijstijd for one pupil; it owns its status changes. */
@Entity
@Table(name = "deviation_request")
public class DeviationRequest {

    /** concept, ingediend bij de Inspectie (ISD), goedgekeurd, afgewezen, ingetrokken, beëindigd. */
    public enum Status { DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, ENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "pupil_id")
    private Long pupilId;
    @Column(name = "school_id")
    private Long schoolId;
    @Column(name = "case_id")
    private Long caseId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "hours_per_week")
    private BigDecimal hoursPerWeek;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "valid_to")
    private LocalDate validTo;
    private String windows;
    @Column(name = "programme_at_school")
    private String programmeAtSchool;
    @Column(name = "support_away")
    private String supportAway;
    @Column(name = "grow_back_plan")
    private String growBackPlan;
    @Column(name = "handelingsdeel_signed")
    private LocalDate handelingsdeelSigned;
    @Column(name = "parents_consent")
    private boolean parentsConsent;
    @Enumerated(EnumType.STRING)
    @Column(name = "expert_kind")
    private Checklist.ExpertKind expertKind;
    @Column(name = "expert_statement_on")
    private LocalDate expertStatementOn;
    @Column(name = "submitted_on")
    private LocalDate submittedOn;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "previous_id")
    private Long previousId;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected DeviationRequest() {
    }

    DeviationRequest(long pupilId, long schoolId, Long caseId, DeviationForm form, Long previousId, String by, Instant at) {
        this.pupilId = pupilId;
        this.schoolId = schoolId;
        this.caseId = caseId;
        this.status = Status.DRAFT;
        this.previousId = previousId;
        this.createdBy = by;
        this.createdAt = at;
        change(form);
    }

    /** The request's hours, period and windows (only while it is a draft). */
    void change(DeviationForm form) {
        requireOpen();
        hoursPerWeek = form.hoursPerWeek();
        validFrom = form.validFrom();
        validTo = form.validTo();
        windows = Windows.format(form.windows());
    }

    void checklist(Checklist c) {
        requireOpen();
        programmeAtSchool = c.programmeAtSchool();
        supportAway = c.supportAway();
        growBackPlan = c.growBackPlan();
        handelingsdeelSigned = c.handelingsdeelSigned();
        parentsConsent = c.parentsConsent();
        expertKind = c.expertKind();
        expertStatementOn = c.expertStatementOn();
    }

    /** Marked "ingediend bij de Inspectie (ISD)": only with a complete checklist. */
    void submit(LocalDate on) {
        if (status != Status.DRAFT) {
            throw new DeviationConflict("deviation.error.notDraft");
        }
        requireComplete();
        submittedOn = on;
        status = Status.SUBMITTED;
    }

    /** The Inspectie's decision; a request not yet marked submitted was submitted by the time it was decided. */
    void decide(boolean approved, LocalDate on) {
        requireOpen();
        requireComplete();
        if (submittedOn == null) {
            submittedOn = on;
        }
        decidedOn = on;
        status = approved ? Status.APPROVED : Status.REJECTED;
    }

    void withdraw(LocalDate on) {
        if (status != Status.DRAFT && status != Status.SUBMITTED && status != Status.APPROVED) {
            throw new DeviationConflict("deviation.error.notWithdrawable");
        }
        status = Status.WITHDRAWN;
        endedOn = on;
    }

    void end(LocalDate lastDay) {
        if (status != Status.APPROVED) {
            throw new DeviationConflict("deviation.error.notApproved");
        }
        status = Status.ENDED;
        endedOn = lastDay;
    }

    void linkCase(Long caseId) {
        this.caseId = caseId;
    }

    private void requireOpen() {
        if (status != null && status != Status.DRAFT && status != Status.SUBMITTED) {
            throw new DeviationConflict("deviation.error.decided");
        }
    }

    private void requireComplete() {
        if (!checklist().complete()) {
            throw new DeviationConflict(checklist().missing());
        }
    }

    public Checklist checklist() {
        return new Checklist(programmeAtSchool, supportAway, growBackPlan, handelingsdeelSigned, parentsConsent,
                expertKind, expertStatementOn);
    }

    public DeviationForm form() {
        return new DeviationForm(hoursPerWeek, validFrom, validTo, Windows.parse(windows));
    }

    public ApprovedTimetable timetable() {
        return form().timetable();
    }

    /** The key attendance stores its timetable under; also the route's key. */
    public String sourceKey() {
        return "deviation:" + id;
    }

    public Long id() { return id; }
    public Long pupilId() { return pupilId; }
    public Long schoolId() { return schoolId; }
    public Long caseId() { return caseId; }
    public Status status() { return status; }
    public LocalDate submittedOn() { return submittedOn; }
    public LocalDate decidedOn() { return decidedOn; }
    public LocalDate endedOn() { return endedOn; }
    public Long previousId() { return previousId; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public BigDecimal hoursPerWeek() { return hoursPerWeek; }
}
