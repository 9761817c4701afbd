package nl.aanwezig.cases;

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

/**
 * A pupil's case: one per pupil at a time ("1 kind, 1 gezin, 1 plan"). Owns its stage changes.
 * ("Case" is a JPQL keyword, hence the entity name.)
 */
@Entity(name = "PupilCase")
@Table(name = "pupil_case")
public class PupilCase {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "pupil_id")
    private Long pupilId;
    @Column(name = "school_id")
    private Long schoolId;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private CaseStage stage;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    private String regievoerder;
    @Version
    private long version;

    protected PupilCase() {
    }

    static PupilCase open(long pupilId, long schoolId, CaseStage stage, Instant now) {
        PupilCase c = new PupilCase();
        c.pupilId = pupilId;
        c.schoolId = schoolId;
        c.status = Status.OPEN;
        c.stage = stage;
        c.openedAt = now;
        return c;
    }

    void moveTo(CaseStage next) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("case " + id + " is closed");
        }
        this.stage = next;
    }

    public void appointRegievoerder(String username) {
        if (status == Status.CLOSED) {
            throw new IllegalStateException("case " + id + " is closed");
        }
        this.regievoerder = username;
    }

    /** Idempotent: closing a closed case changes nothing. */
    boolean close(Instant now) {
        if (status == Status.CLOSED) {
            return false;
        }
        status = Status.CLOSED;
        stage = CaseStage.CLOSED;
        closedAt = now;
        return true;
    }

    public Long id() {
        return id;
    }

    public Long pupilId() {
        return pupilId;
    }

    public Long schoolId() {
        return schoolId;
    }

    public Status status() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public CaseStage stage() {
        return stage;
    }

    public Instant openedAt() {
        return openedAt;
    }

    /** The one person who coordinates the case from the orange plan on; null before. */
    public String regievoerder() {
        return regievoerder;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
