package nl.aanwezig.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.security.AccessPolicy;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.PupilAccess;
import nl.aanwezig.security.PupilAccessFacts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Gathers the access facts of a pupil (school, mentor, partners who joined the open case) and asks the policy. */
@Component
public class DossierAccess implements PupilAccessFacts {

    /**
     * The school's staff who own an intervention of the pupil's active plan (a mentor asked for a weekly talk with
     * another mentor's pupil must open that pupil); partners keep their access through taking part in the case only.
     */
    private static final String OWNERS = """
            select c.pupil_id, i.owner_username from plan_intervention i
            join support_plan sp on sp.id = i.plan_id and sp.status = 'ACTIVE'
            join pupil_case c on c.id = sp.case_id and c.status = 'OPEN'
            join staff_account a on a.username = i.owner_username and a.school_id = c.school_id
            where %s""";

    private final JdbcTemplate jdbc;
    private final AccessPolicy policy;

    DossierAccess(JdbcTemplate jdbc, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    public PupilAccess facts(Pupil pupil) {
        var participants = new HashSet<>(jdbc.queryForList("""
                select cp.username from case_participant cp join pupil_case c on c.id = cp.case_id
                where c.pupil_id = ? and c.status = 'OPEN' and cp.removed_at is null""", String.class, pupil.id()));
        // the school's attendance team works on every case that reached tier 3
        participants.addAll(jdbc.queryForList("""
                select m.username from sat_member m join pupil_case c on c.school_id = m.school_id
                where c.pupil_id = ? and c.status = 'OPEN'
                  and c.stage in ('SAT_ANALYSIS', 'YELLOW_MONITORING', 'ORANGE_PLAN', 'RED_ARRANGEMENT')""",
                String.class, pupil.id()));
        jdbc.query(OWNERS.formatted("c.pupil_id = ?"), rs -> {
            participants.add(rs.getString(2));
        }, pupil.id());
        return new PupilAccess(pupil.id(), pupil.schoolId(), pupil.mentor(), participants);
    }

    /** As {@link #facts(Pupil)} for many pupils, in two queries whatever their number. */
    @Override
    public List<PupilAccess> factsOf(Collection<Long> pupilIds) {
        Long[] ids = pupilIds.toArray(Long[]::new);
        Map<Long, Set<String>> participants = new HashMap<>();
        jdbc.query("""
                select c.pupil_id, cp.username from case_participant cp join pupil_case c on c.id = cp.case_id
                where c.pupil_id = any(?) and c.status = 'OPEN' and cp.removed_at is null
                union all
                select c.pupil_id, m.username from sat_member m join pupil_case c on c.school_id = m.school_id
                where c.pupil_id = any(?) and c.status = 'OPEN'
                  and c.stage in ('SAT_ANALYSIS', 'YELLOW_MONITORING', 'ORANGE_PLAN', 'RED_ARRANGEMENT')
                union all
                """ + OWNERS.formatted("c.pupil_id = any(?)"),
                rs -> {
                    participants.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                }, ids, ids, ids);
        return jdbc.query("select id, school_id, mentor from pupil where id = any(?)", (rs, i) -> new PupilAccess(
                rs.getLong(1), rs.getLong(2), rs.getString(3), participants.getOrDefault(rs.getLong(1), Set.of())), (Object) ids);
    }

    /** Checks and audits; throws AccessDeniedException when refused. */
    public void check(CurrentUser user, Pupil pupil, String action) {
        policy.check(user, facts(pupil), action);
    }

    /**
     * From when the user sees a case (need to know: a partner sees nothing from before they joined it): the epoch for
     * school staff, who see all of it; for a partner the moment they joined; null when they do not take part.
     */
    public Instant visibleSince(CurrentUser user, long caseId) {
        if (user.role() != null && user.role().schoolCaseStaff()) {
            return Instant.EPOCH;
        }
        return jdbc.query("select added_at from case_participant where case_id = ? and username = ? and removed_at is null",
                rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null, caseId, user.username());
    }

    /** Whether something of a case that happened {@code at} is visible from {@code since} ({@link #visibleSince}). */
    public static boolean visible(Instant since, Instant at) {
        return since != null && !at.isBefore(since);
    }

    public boolean mayOpen(CurrentUser user, Pupil pupil) {
        return AccessPolicy.mayOpen(user, facts(pupil));
    }
}
