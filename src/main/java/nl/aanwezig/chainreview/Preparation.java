package nl.aanwezig.chainreview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prepares a region's review of a quarter, once: the list of who is discussed with a snapshot of each as on the day
 * (so the meeting and its report show what the review saw), and the thuiszitters registration brought up to date.
 */
@Service
public class Preparation {

    static final int TREND_DAYS = 28;

    private final JdbcTemplate jdbc;
    private final RegionFacts facts;
    private final Subjects subjects;
    private final Registration registration;
    private final ReviewItems items;
    private final Clock clock;

    Preparation(JdbcTemplate jdbc, RegionFacts facts, Subjects subjects, Registration registration,
                ReviewItems items, Clock clock) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.subjects = subjects;
        this.registration = registration;
        this.items = items;
        this.clock = clock;
    }

    /** The review of this region and quarter, prepared now unless it was before (then its id, unchanged). */
    @Transactional
    public long prepare(long regionId, String quarter, String chair) {
        LocalDate on = LocalDate.now(clock);
        Long id = jdbc.query("""
                insert into chain_review (region_id, quarter, prepared_on, prepared_at, chair) values (?, ?, ?, ?, ?)
                on conflict (region_id, quarter) do nothing returning id""", (rs, i) -> rs.getLong(1), regionId,
                quarter, Date.valueOf(on), Timestamp.from(clock.instant()), chair).stream().findFirst().orElse(null);
        if (id == null) {
            return jdbc.queryForObject("select id from chain_review where region_id = ? and quarter = ?", Long.class,
                    regionId, quarter);
        }
        List<Candidate> candidates = new ArrayList<>(facts.candidates(regionId, on).values());
        List<Long> subjectIds = subjects.of(regionId, candidates);
        Map<Long, Candidate> bySubject = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            bySubject.put(subjectIds.get(i), candidates.get(i));
        }
        Set<Long> counting = bySubject.entrySet().stream().filter(e -> e.getValue().category != null)
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toSet());
        for (Long again : registration.settle(regionId, on, counting)) {
            bySubject.computeIfAbsent(again, s -> earlier(s, on)).reasons.add(Candidate.Reason.OPEN_EARLIER);
        }
        registration.enter(regionId, id, bySubject);
        long reviewId = id;
        items.write(reviewId, bySubject, on);
        registration.describeFromCases(reviewId);
        return reviewId;
    }

    /** A thuiszitter of an earlier review that is still open though the data no longer shows why. */
    private Candidate earlier(long subjectId, LocalDate on) {
        return jdbc.queryForObject("""
                select rs.pupil_id, rs.absolute_absence_id, t.school_id, t.sector, t.since, t.category, t.action,
                       coalesce(p.birth_date, a.birth_date)
                from review_subject rs join thuiszitter t on t.subject_id = rs.id left join pupil p on p.id = rs.pupil_id
                left join absolute_absence a on a.id = rs.absolute_absence_id where rs.id = ?""", (rs, i) -> {
            Long pupil = (Long) rs.getObject(1);
            Candidate c = pupil != null ? Candidate.pupil(pupil) : Candidate.absolute(rs.getLong(2));
            c.schoolId = (Long) rs.getObject(3);
            c.sector = rs.getString(4);
            c.thuisSince = rs.getDate(5).toLocalDate();
            Category kept = Category.ofCode(rs.getString(6));
            c.category = kept == Category._2A || kept == Category._2B ? Category.lrv(c.thuisSince, on) : kept;
            c.action = rs.getString(7);
            c.birthDate = rs.getDate(8).toLocalDate();
            return c;
        }, subjectId);
    }
}
