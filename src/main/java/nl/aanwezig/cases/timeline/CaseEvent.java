package nl.aanwezig.cases.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the dossier's timeline. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "case_id")
    private Long caseId;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private CaseEventType type;
    private String actor;
    private String summary;
    @Column(name = "source_key")
    private String sourceKey;

    protected CaseEvent() {
    }

    CaseEvent(Long caseId, Instant occurredAt, CaseEventType type, String actor, String summary, String sourceKey) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.summary = summary;
        this.sourceKey = sourceKey;
    }

    public Long caseId() {
        return caseId;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public CaseEventType type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public String summary() {
        return summary;
    }
}
