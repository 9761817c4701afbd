package nl.aanwezig.chainreview;

import java.util.HashSet;
import java.util.Set;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who takes part in a region's chain review, and who sees a pupil's name in it. The review is the region's SWV (which
 * chairs), its leerplicht officers and jeugdartsen, and the OCs of its schools. Everyone sees the list pseudonymised,
 * except the OC of the pupil's own school, the case's own participants, and leerplicht for a child it registered as
 * enrolled nowhere. Medical notes are never part of a review.
 */
@Component
class ReviewAccess {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ReviewAccess(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    boolean takesPart(CurrentUser user, long regionId) {
        if (user.role() == null) {
            return false;
        }
        return switch (user.role()) {
            case SWV -> regionOfAccount(user, regionId);
            case LEERPLICHT, JEUGDARTS -> regionOfAccount(user, regionId) || Boolean.TRUE.equals(jdbc.queryForObject("""
                    select exists (select 1 from school_partner sp join school s on s.id = sp.school_id
                                   where sp.username = ? and s.region_id = ?)""", Boolean.class, user.username(),
                    regionId));
            case OC -> user.schoolId() != null && Boolean.TRUE.equals(jdbc.queryForObject(
                    "select exists (select 1 from school where id = ? and region_id = ?)", Boolean.class,
                    user.schoolId(), regionId));
            default -> false;
        };
    }

    /** Refused (and audited) unless the user takes part in the region's reviews. */
    void checkTakesPart(CurrentUser user, long regionId, String what) {
        if (!takesPart(user, regionId)) {
            audit.record(user, null, AuditLog.REFUSED, false, "chain review of region " + regionId + ": " + what);
            throw new AccessDeniedException("not a participant of the chain reviews of region " + regionId);
        }
    }

    /** The review's region, or 404 in Dutch when there is no such review. */
    long regionOfReview(long reviewId) {
        return jdbc.query("select region_id from chain_review where id = ?", (rs, i) -> rs.getLong(1), reviewId)
                .stream().findFirst().orElseThrow(() -> new UserFacingException(UserFacingException.Kind.NOT_FOUND,
                        "chainreview.error.notFound"));
    }

    /** Whether the user chairs the review or is an SWV consultant of its region. */
    boolean chairs(CurrentUser user, long regionId, String chair) {
        return user.username().equals(chair) || user.is(Role.SWV) && regionOfAccount(user, regionId);
    }

    /** Refused unless the user chairs the review or is an SWV consultant of its region. */
    void checkChairs(CurrentUser user, long regionId, String chair, String what) {
        if (!chairs(user, regionId, chair)) {
            audit.record(user, null, AuditLog.REFUSED, false, "chain review of region " + regionId + ": " + what);
            throw new AccessDeniedException("only the chair of region " + regionId + " may " + what);
        }
    }

    /** The cases of the review's items the user takes part in, in one query (for {@link #seesName}). */
    Set<Long> casesTakenPartIn(CurrentUser user, long reviewId) {
        return new HashSet<>(jdbc.query("""
                select i.case_id from chain_review_item i
                join case_participant cp on cp.case_id = i.case_id and cp.username = ?
                where i.review_id = ?""", (rs, i) -> rs.getLong(1), user.username(), reviewId));
    }

    /**
     * Whether the user sees the name of an item's subject (see the class comment); {@code ownCases} the user's cases
     * among the review's, from {@link #casesTakenPartIn}.
     */
    boolean seesName(CurrentUser user, Long schoolId, Long caseId, boolean enrolledNowhere, Set<Long> ownCases) {
        if (user.is(Role.OC) && schoolId != null && schoolId.equals(user.schoolId())) {
            return true;
        }
        if (enrolledNowhere) {
            return user.is(Role.LEERPLICHT);
        }
        return caseId != null && ownCases.contains(caseId);
    }

    private boolean regionOfAccount(CurrentUser user, long regionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from staff_account where username = ? and region_id = ?)", Boolean.class,
                user.username(), regionId));
    }
}
