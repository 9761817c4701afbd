package nl.aanwezig.cases.tier3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.aanwezig.cases.tier3.Tier3Decisions.GoalDomain;

/** A concrete, measurable goal of the plan, for home, education or care, with a target attendance. */
@Entity
@Table(name = "plan_goal")
public class PlanGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private SupportPlan plan;
    @Enumerated(EnumType.STRING)
    private GoalDomain domain;
    private String description;
    private String measure;
    @Column(name = "target_pct")
    private BigDecimal targetPct;
    private int position;

    protected PlanGoal() {
    }

    PlanGoal(SupportPlan plan) {
        this.plan = plan;
    }

    void set(PlanForm.Goal g, int position) {
        this.domain = g.domain();
        this.description = g.description().strip();
        this.measure = g.measure().strip();
        this.targetPct = g.targetPct();
        this.position = position;
    }

    public Long id() { return id; }
    public GoalDomain domain() { return domain; }
    public String description() { return description; }
    public String measure() { return measure; }
    public BigDecimal targetPct() { return targetPct; }
}
