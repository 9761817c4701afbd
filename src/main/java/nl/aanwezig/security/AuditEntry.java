package nl.aanwezig.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read or write of a pupil's dossier, a login or logout, or a refusal; never changed once written. */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "at_utc")
    private Instant at;
    private String username;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "pupil_id")
    private Long pupilId;
    private String action;
    private boolean allowed;
    private String detail;
    @Column(name = "client_ip")
    private String clientIp;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, CurrentUser user, Long pupilId, String action, boolean allowed, String detail,
               String clientIp) {
        this.at = at;
        this.username = user.username().length() <= 64 ? user.username() : user.username().substring(0, 64);
        this.clientIp = clientIp == null || clientIp.length() <= 45 ? clientIp : clientIp.substring(0, 45);
        this.role = user.role();
        this.pupilId = pupilId;
        this.action = action;
        this.allowed = allowed;
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
    }

    public Instant at() {
        return at;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public Long pupilId() {
        return pupilId;
    }

    public String action() {
        return action;
    }

    public boolean allowed() {
        return allowed;
    }

    public String detail() {
        return detail;
    }

    public String clientIp() {
        return clientIp;
    }
}
