package nl.aanwezig.cases.tier3;

import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may take the regie of a case or own one of its interventions: the school's staff (OC, mentors) and the partners
 * who take part in the case, by name. Asked by the school's OC or the case's regievoerder only.
 */
@Service
public class Tier3People {

    private static final String ELIGIBLE = """
            select a.username, a.display_name, a.role from staff_account a
            where a.enabled and ((a.role in ('MENTOR', 'OC') and a.school_id = ?)
                  or a.username in (select cp.username from case_participant cp where cp.case_id = ? and cp.removed_at is null))
            order by a.display_name, a.username""";

    private final JdbcTemplate jdbc;
    private final Cases cases;
    private final CurrentUsers users;

    Tier3People(JdbcTemplate jdbc, Cases cases, CurrentUsers users) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.users = users;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV')")
    @Transactional(readOnly = true)
    public List<Person> eligible(long caseId) {
        CurrentUser user = users.require();
        PupilCase c = cases.findById(caseId).orElseThrow(() -> new UserFacingException("case.error.notFound"));
        boolean ocOfSchool = user.role() == Role.OC && user.schoolId() != null && user.schoolId().equals(c.schoolId());
        if (!ocOfSchool && !user.username().equals(c.regievoerder())) {
            throw new AccessDeniedException("no staff list of case " + caseId + " for " + user.username());
        }
        return jdbc.query(ELIGIBLE, (rs, i) -> new Person(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))),
                c.schoolId(), caseId);
    }

    /**
     * An owner with an account is one of the people who may work on the case (as {@link #eligible}: the school's
     * staff or a participant); asked by the plan's save after its own access checks.
     */
    void requireOwnersOnCase(PupilCase c, PlanForm form) {
        var allowed = jdbc.queryForList("select username from (" + ELIGIBLE + ") e", String.class, c.schoolId(), c.id());
        for (PlanForm.Intervention i : form.interventions()) {
            if (!Texts.blank(i.ownerUsername()) && !allowed.contains(i.ownerUsername().strip())) {
                throw new UserFacingException("tier3.error.interventions.ownerNotOnCase", i.owner());
            }
        }
    }

    /** An account as a choice: the name people know and their role. */
    public record Person(String username, String displayName, Role role) {
    }
}
