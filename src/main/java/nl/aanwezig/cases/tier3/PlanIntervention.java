package nl.aanwezig.cases.tier3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An intervention of the plan: what, who owns it, from when and for how long. */
@Entity
@Table(name = "plan_intervention")
public class PlanIntervention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "plan_id")
    private SupportPlan plan;
    private String description;
    private String owner;
    @Column(name = "owner_username")
    private String ownerUsername;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "duration_weeks")
    private int durationWeeks;
    private int position;

    protected PlanIntervention() {
    }

    PlanIntervention(SupportPlan plan, PlanForm.Intervention i, int position) {
        this.plan = plan;
        this.description = i.description().strip();
        this.owner = i.owner().strip();
        this.ownerUsername = Texts.strip(i.ownerUsername());
        this.startsOn = i.startsOn();
        this.durationWeeks = i.durationWeeks();
        this.position = position;
    }

    public Long id() { return id; }
    public String description() { return description; }
    public String owner() { return owner; }
    public String ownerUsername() { return ownerUsername; }
    public LocalDate startsOn() { return startsOn; }
    public int durationWeeks() { return durationWeeks; }
}
