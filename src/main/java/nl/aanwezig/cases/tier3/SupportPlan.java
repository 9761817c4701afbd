package nl.aanwezig.cases.tier3;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.PupilCase;

/**
 * The orange plan "patronen doorbreken" of a case: one active plan per case. Owns its goals and interventions and the
 * rhythm of its evaluations, counted from its start.
 */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

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
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "evaluation_weeks")
    private int evaluationWeeks;
    @Column(name = "next_evaluation")
    private LocalDate nextEvaluation;
    @Column(name = "pupil_wish")
    private String pupilWish;
    @Column(name = "parents_wish")
    private String parentsWish;
    private String agreed;
    @Column(name = "parents_agreed_on")
    private LocalDate parentsAgreedOn;
    @Column(name = "adapted_education")
    private String adaptedEducation;
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
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanGoal> goals = new ArrayList<>();
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanIntervention> interventions = new ArrayList<>();

    protected SupportPlan() {
    }

    SupportPlan(PupilCase c, long taskId, PlanForm form, String by, Instant now) {
        this.caseId = c.id();
        this.schoolId = c.schoolId();
        this.taskId = taskId;
        this.status = Status.ACTIVE;
        this.startedOn = form.startsOn();
        this.createdBy = by;
        this.createdAt = now;
        apply(form, by, now, java.util.Set.of());
        this.nextEvaluation = startedOn.plusWeeks(evaluationWeeks);
    }

    /**
     * Takes the form's content. A goal that was evaluated cannot be removed (its evaluations refer to it); a changed
     * rhythm applies from the next evaluation on, which the route already waits for.
     */
    void apply(PlanForm form, String by, Instant now, java.util.Set<Long> evaluatedGoals) {
        Map<Long, PlanGoal> byId = goals.stream().collect(Collectors.toMap(PlanGoal::id, Function.identity()));
        List<Long> kept = form.goals().stream().map(PlanForm.Goal::id).filter(java.util.Objects::nonNull).toList();
        for (Long evaluated : evaluatedGoals) {
            if (!kept.contains(evaluated)) {
                throw new UserFacingException("tier3.error.goals.evaluatedRemoved");
            }
        }
        List<PlanGoal> next = new ArrayList<>();
        int pos = 0;
        for (PlanForm.Goal g : form.goals()) {
            PlanGoal goal = g.id() != null && byId.containsKey(g.id()) ? byId.get(g.id()) : new PlanGoal(this);
            goal.set(g, pos++);
            next.add(goal);
        }
        goals.clear();
        goals.addAll(next);
        interventions.clear();
        pos = 0;
        for (PlanForm.Intervention i : form.interventions()) {
            interventions.add(new PlanIntervention(this, i, pos++));
        }
        this.evaluationWeeks = form.evaluationWeeks();
        this.adaptedEducation = Texts.strip(form.adaptedEducation());
        this.pupilWish = Texts.strip(form.pupilWish());
        this.parentsWish = Texts.strip(form.parentsWish());
        this.agreed = Texts.strip(form.agreed());
        this.parentsAgreedOn = form.parentsAgreedOn();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /**
     * The evaluation after {@code held}: the rhythm is counted from the plan's start (start + k x interval), the first
     * such date after the day it was held.
     */
    LocalDate evaluationAfter(LocalDate held) {
        LocalDate next = startedOn.plusWeeks(evaluationWeeks);
        while (!next.isAfter(held)) {
            next = next.plusWeeks(evaluationWeeks);
        }
        return next;
    }

    void planNext(LocalDate date) {
        this.nextEvaluation = date;
    }

    void end() {
        status = Status.ENDED;
        nextEvaluation = null;
    }

    /** Optimistic check for edits from a screen: the version the editor started from. */
    void expectVersion(long expected, java.util.function.Function<String, String> names) {
        if (version != expected) {
            throw new UserFacingException("tier3.error.plan.concurrent", names.apply(updatedBy));
        }
    }

    public Long id() { return id; }
    public Long caseId() { return caseId; }
    public Long schoolId() { return schoolId; }
    public Status status() { return status; }
    public boolean isActive() { return status == Status.ACTIVE; }
    public LocalDate startedOn() { return startedOn; }
    public int evaluationWeeks() { return evaluationWeeks; }
    public LocalDate nextEvaluation() { return nextEvaluation; }
    public String pupilWish() { return pupilWish; }
    public String parentsWish() { return parentsWish; }
    public String agreed() { return agreed; }
    public LocalDate parentsAgreedOn() { return parentsAgreedOn; }
    public String adaptedEducation() { return adaptedEducation; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
    public List<PlanGoal> goals() { return List.copyOf(goals); }
    public List<PlanIntervention> interventions() { return List.copyOf(interventions); }
}
