package nl.aanwezig.cases.family;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a family member may see and do, written down once (the ages of the WGBO and of the Wet versterking positie
 * ouders en leerlingen): a family member reaches only the children linked to them by an accepted, not withdrawn
 * invitation. Under 12 the parents act; from 12 the pupil has an account of their own and is heard; from 16 the pupil
 * decides what their parents see beyond the attendance facts, and manages consent to share. Agreement to the plan and
 * consent are rights of a parent with parental authority; a parent without it is informed (BW 1:377c) and heard.
 * Every decision is audited; a refusal throws so nothing further happens.
 */
@Component
public class FamilyAccess {

    /** From this age a pupil may have an account and is heard (agreement, views). */
    public static final int PUPIL_ACCOUNT_AGE = 12;
    /** From this age the pupil decides what the parents see and who the case is shared with. */
    public static final int OWN_DECISION_AGE = 16;

    private final FamilyLinks links;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyAccess(FamilyLinks links, CurrentUsers users, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.links = links;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The family member acting on this child, audited; refused (and audited) without an active link. */
    public FamilyMember require(long pupilId, String action) {
        CurrentUser user = users.require();
        if (user.role() == null || !user.role().family()) {
            audit.record(user, pupilId, action, false, "not a family account");
            throw new AccessDeniedException("only family accounts use the family pages");
        }
        FamilyLink link = links.active(user.username(), pupilId).orElse(null);
        if (link == null) {
            audit.record(user, pupilId, action, false, "no active family link to this child");
            throw new AccessDeniedException("no family link of " + user.username() + " to pupil " + pupilId);
        }
        FamilyMember member = member(user, link);
        audit.record(user, pupilId, action, true, null);
        return member;
    }

    /** As {@link #require}, and this member sees the part; the refusal names it. */
    public FamilyMember require(long pupilId, FamilyPart part, String action) {
        FamilyMember member = require(pupilId, action);
        if (!member.sees(part)) {
            audit.record(member.user(), pupilId, action, false, "the pupil keeps " + part + " from their parents");
            throw new UserFacingException("family.error.pupilKeeps");
        }
        return member;
    }

    /** The children linked to the acting family member (none for anyone else). */
    public List<FamilyMember> children() {
        CurrentUser user = users.require();
        if (user.role() == null || !user.role().family()) {
            return List.of();
        }
        return links.activeOf(user.username()).stream().map(l -> member(user, l)).toList();
    }

    /** Agreement to the plan's action part: a parent with parental authority, or the pupil from 12. */
    public void checkMayAgree(FamilyMember m) {
        if (!mayAgree(m)) {
            refuse(m, "AGREEMENT", "family.error.noAuthority");
        }
    }

    /** As {@link #checkMayAgree}, without auditing: whether the page offers the buttons at all. */
    void checkMayAgreeQuietly(FamilyMember m) {
        if (!mayAgree(m)) {
            throw new UserFacingException("family.error.noAuthority");
        }
    }

    private static boolean mayAgree(FamilyMember m) {
        return m.isPupil() || m.link().parentalAuthority();
    }

    /**
     * Giving or withdrawing consent to share: under 16 a parent with authority (a pupil of 12 to 15 may withdraw it,
     * not give it alone); from 16 the pupil alone.
     */
    public void checkMayChangeConsent(FamilyMember m, boolean give) {
        String refusal = consentRefusal(m, give);
        if (refusal != null) {
            refuse(m, "CONSENT", refusal);
        }
    }

    /** As {@link #checkMayChangeConsent}, without auditing: whether the page offers the buttons at all. */
    void checkMayChangeConsentQuietly(FamilyMember m, boolean give) {
        String refusal = consentRefusal(m, give);
        if (refusal != null) {
            throw new UserFacingException(refusal);
        }
    }

    private static String consentRefusal(FamilyMember m, boolean give) {
        if (m.age() >= OWN_DECISION_AGE) {
            return m.isPupil() ? null : "family.error.consentPupilDecides";
        }
        if (m.isPupil()) {
            return give ? "family.error.consentParentsGive" : null;
        }
        return m.link().parentalAuthority() ? null : "family.error.noAuthority";
    }

    /** Only the pupil of 16 or older chooses what their parents see. */
    public void checkMayChoose(FamilyMember m) {
        if (!m.isPupil() || m.age() < OWN_DECISION_AGE) {
            refuse(m, "PARENTS_SEE", "family.error.choiceFrom16");
        }
    }

    private void refuse(FamilyMember m, String action, String messageKey) {
        audit.record(m.user(), m.pupilId(), "FAMILY_" + action, false, messageKey);
        throw new UserFacingException(messageKey);
    }

    private FamilyMember member(CurrentUser user, FamilyLink link) {
        record Child(String firstName, long schoolId, LocalDate birthDate) {
        }
        Child child = jdbc.queryForObject("select first_name, school_id, birth_date from pupil where id = ?",
                (rs, i) -> new Child(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate()), link.pupilId());
        int age = Period.between(child.birthDate(), LocalDate.now(clock)).getYears();
        record CaseRef(long id, boolean open) {
        }
        CaseRef c = jdbc.query("""
                select id, status = 'OPEN' from pupil_case where pupil_id = ?
                order by (status = 'OPEN') desc, opened_at desc limit 1""",
                (rs, i) -> new CaseRef(rs.getLong(1), rs.getBoolean(2)), link.pupilId()).stream().findFirst().orElse(null);
        return new FamilyMember(user, link, link.pupilId(), child.firstName(), child.schoolId(), age,
                c == null ? null : c.id(), c != null && c.open(), parts(link, age));
    }

    private Set<FamilyPart> parts(FamilyLink link, int age) {
        if (link.kind() == FamilyKind.PUPIL || age < OWN_DECISION_AGE) {
            return EnumSet.allOf(FamilyPart.class);
        }
        Set<FamilyPart> parts = EnumSet.of(FamilyPart.ATTENDANCE);
        parts.addAll(parentsSee(link.pupilId()));
        return parts;
    }

    /** What the pupil lets their parents see (all of it until they chose). */
    Set<FamilyPart> parentsSee(long pupilId) {
        List<String> stored = jdbc.query("select parents_see from family_pupil_choice where pupil_id = ?",
                (rs, i) -> rs.getString(1), pupilId);
        if (stored.isEmpty()) {
            return FamilyPart.choosable();
        }
        Set<FamilyPart> parts = EnumSet.noneOf(FamilyPart.class);
        for (String p : stored.getFirst().split(",")) {
            if (!p.isBlank()) {
                parts.add(FamilyPart.valueOf(p.strip()));
            }
        }
        parts.retainAll(FamilyPart.choosable());
        return parts;
    }
}
