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
    @Column(name = "region_id")
    private Long regionId;

    /** The organisation a chain partner works for (a municipality, the GGD, the SWV); null for school staff. */
    private String organisation;
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

    /** With the region (SWV) a cross-school account is scoped to. */
    public StaffAccount(String username, String displayName, String passwordHash, Role role, Long schoolId, Long regionId) {
        this(username, displayName, passwordHash, role, schoolId);
        this.regionId = regionId;
    }

    /** The admin changes who the account is for; the username is its identity and stays. */
    public void edit(String displayName, Role role, Long schoolId, Long regionId) {
        this.displayName = displayName;
        this.role = role;
        this.schoolId = schoolId;
        this.regionId = regionId;
    }

    /** A disabled account cannot log in (its history stays: tasks, timeline and audit name it). */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * A password the admin set (a new account, a reset). A generated one-time password must be changed at the next
     * login; one the admin chose and handed over is kept as it is.
     *
     * @param passwordHash encoded by the application's PasswordEncoder, never the password itself
     */
    public void setByAdmin(String passwordHash, boolean oneTime) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = oneTime;
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

    public Long regionId() {
        return regionId;
    }

    public boolean enabled() {
        return enabled;
    }

    public String organisation() {
        return organisation;
    }

    /** The admin names the partner's real organisation (an invitation then names it, not a generic one). */
    public void setOrganisation(String organisation) {
        this.organisation = organisation;
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
