package nl.aanwezig.admin;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.aanwezig.base.Echo;
import nl.aanwezig.school.School;
import nl.aanwezig.security.Role;
import nl.aanwezig.security.StaffAccount;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works with a school besides its own staff: the leerplichtambtenaar and jeugdarts who serve it (they join
 * a case when a signal is theirs, table school_partner), and the members of its attendance team (SAT) besides
 * its OCs (table sat_member). Each list is saved as a whole.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SchoolTeams {

    private final SchoolAdmin schools;
    private final StaffAccounts accounts;
    private final JdbcTemplate jdbc;
    private final AdminAudit audit;

    SchoolTeams(SchoolAdmin schools, StaffAccounts accounts, JdbcTemplate jdbc, AdminAudit audit) {
        this.schools = schools;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A chain partner of a school: a LEERPLICHT or JEUGDARTS account. */
    public record Partner(String username, String role) {
    }

    @Transactional(readOnly = true)
    public List<Partner> partners(String brin) {
        return jdbc.query("select username, role from school_partner where school_id = ? order by role, username",
                (rs, i) -> new Partner(rs.getString(1), rs.getString(2)), schools.school(brin).id());
    }

    @Transactional
    public List<Partner> replacePartners(String brin, List<Partner> partners) {
        School school = schools.school(brin);
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        for (Partner partner : partners) {
            checkPartner(partner, seen, problems);
        }
        problems.throwIfAny();
        jdbc.update("delete from school_partner where school_id = ?", school.id());
        for (Partner partner : partners) {
            jdbc.update("insert into school_partner (school_id, username, role) values (?, ?, ?)", school.id(),
                    key(partner.username()), partner.role().strip().toUpperCase(Locale.ROOT));
        }
        audit.changed("ADMIN_SCHOOL_PARTNERS", "brin=" + school.brin() + " " + String.join(",", seen));
        return partners(brin);
    }

    private void checkPartner(Partner partner, Set<String> seen, Problems problems) {
        String username = key(partner.username());
        String role = partner.role() == null ? "" : partner.role().strip().toUpperCase(Locale.ROOT);
        if (!role.equals(Role.LEERPLICHT.name()) && !role.equals(Role.JEUGDARTS.name())) {
            problems.add("partners", "admin.partner.error.role", Echo.of(partner.role()));
            return;
        }
        var account = accounts.findById(username);
        if (account.isEmpty()) {
            problems.add("partners", "admin.account.error.unknown", Echo.of(partner.username()));
        } else if (!account.get().role().name().equals(role)) {
            problems.add("partners", "admin.partner.error.accountRole", username, role.toLowerCase(Locale.ROOT));
        } else if (!seen.add(username)) {
            problems.add("partners", "admin.error.twice", username);
        }
    }

    @Transactional(readOnly = true)
    public List<String> satMembers(String brin) {
        return jdbc.queryForList("select username from sat_member where school_id = ? order by username", String.class,
                schools.school(brin).id());
    }

    /** The SAT besides the OCs: staff accounts (mentor or OC) of this school. */
    @Transactional
    public List<String> replaceSatMembers(String brin, List<String> usernames) {
        School school = schools.school(brin);
        Problems problems = new Problems();
        Set<String> seen = new HashSet<>();
        for (String name : usernames) {
            String username = key(name);
            StaffAccount account = accounts.findById(username).orElse(null);
            if (account == null) {
                problems.add("satMembers", "admin.account.error.unknown", Echo.of(name));
            } else if (!account.role().schoolCaseStaff() || !school.id().equals(account.schoolId())) {
                problems.add("satMembers", "admin.sat.error.otherSchool", username, school.brin());
            } else if (!seen.add(username)) {
                problems.add("satMembers", "admin.error.twice", username);
            }
        }
        problems.throwIfAny();
        jdbc.update("delete from sat_member where school_id = ?", school.id());
        seen.forEach(u -> jdbc.update("insert into sat_member (school_id, username) values (?, ?)", school.id(), u));
        audit.changed("ADMIN_SAT_MEMBERS", "brin=" + school.brin() + " " + String.join(",", seen));
        return satMembers(brin);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
