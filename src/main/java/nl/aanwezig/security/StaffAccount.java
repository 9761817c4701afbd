package nl.aanwezig.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A login of a staff member or chain partner. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    private String username;
    @Column(name = "display_name")
    private String displayName;
    @Column(name = "password_hash")
    private String passwordHash;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "school_id")
    private Long schoolId;
    private boolean enabled = true;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    protected StaffAccount() {
    }

    public StaffAccount(String username, String displayName, String passwordHash, Role role, Long schoolId) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.schoolId = schoolId;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Long schoolId() {
        return schoolId;
    }

    boolean enabled() {
        return enabled;
    }

    /** A one-time password (the first admin's, a reset): nothing but changing it is allowed until it is changed. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Sets a new password hash, checked against {@link PasswordPolicy} by the caller, and lifts the obligation. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }
}
