package nl.aanwezig.chainreview;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's thuiszitters registration, cumulative as the Inspectie asks: a subject once entered keeps its row for
 * good, its category follows the stretch (2a becomes 2b), and it leaves the count only by a status with a date.
 */
@Repository
public class Registration {

    /** How a thuiszitter left the count; OPEN while they count. */
    public enum Status { OPEN, BACK_FULL, OTHER_ARRANGEMENT, EXEMPTION, EXEMPTION_ENDED, AGED_OUT, MOVED, ENROLLED }

    private static final Set<String> ABSOLUTE_CLOSED = Set.of("ENROLLED", "OTHER_ARRANGEMENT", "EXEMPTED", "AGED_OUT",
            "MOVED");

    private final JdbcTemplate jdbc;
    private final RegionFacts facts;

    Registration(JdbcTemplate jdbc, RegionFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** Enters or updates the thuiszitters among the candidates (subject id to candidate). */
    void enter(long regionId, long reviewId, Map<Long, Candidate> bySubject) {
        List<Object[]> rows = new ArrayList<>();
        bySubject.forEach((subjectId, c) -> {
            if (c.category != null) {
                rows.add(new Object[] {regionId, subjectId, c.category.code(), c.schoolId, c.sector,
                    Date.valueOf(c.thuisSince), c.action, reviewId, reviewId});
            }
        });
        jdbc.batchUpdate("""
                insert into thuiszitter (region_id, subject_id, category, school_id, sector, since, action, status,
                                         first_review_id, last_review_id)
                values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                on conflict (subject_id) do update set category = excluded.category, school_id = excluded.school_id,
                    sector = excluded.sector, since = excluded.since,
                    action = coalesce(excluded.action, thuiszitter.action), status = 'OPEN', status_on = null,
                    last_review_id = excluded.last_review_id""", rows);
    }

    /**
     * The registration's open rows that are not thuiszitters today get the status that ended them, where the data says
     * which: a full return, turning 18, an exemption that ended, leerplicht's status of a child enrolled nowhere. Any
     * other stays open and is listed again.
     */
    List<Long> settle(long regionId, LocalDate on, Set<Long> stillCounting) {
        List<Open> open = jdbc.query("""
                select t.id, t.subject_id, t.category, rs.pupil_id, rs.absolute_absence_id,
                       coalesce(p.birth_date, a.birth_date), a.status, a.status_on
                from thuiszitter t join review_subject rs on rs.id = t.subject_id
                left join pupil p on p.id = rs.pupil_id left join absolute_absence a on a.id = rs.absolute_absence_id
                where t.region_id = ? and t.status = 'OPEN'""", (rs, i) -> new Open(rs.getLong(1), rs.getLong(2),
                rs.getString(3), (Long) rs.getObject(4), rs.getString(7), rs.getDate(8) == null ? null
                : rs.getDate(8).toLocalDate(), rs.getDate(6).toLocalDate()), regionId);
        List<Open> notCounting = open.stream().filter(o -> !stillCounting.contains(o.subjectId)).toList();
        Set<Long> back = facts.attendingFully(notCounting.stream().map(Open::pupilId).filter(Objects::nonNull)
                .toList(), on);
        List<Long> listedAgain = new ArrayList<>();
        List<Object[]> endings = new ArrayList<>();
        for (Open o : notCounting) {
            Status ended = ended(o, on, back);
            if (ended == null) {
                listedAgain.add(o.subjectId);
            } else {
                LocalDate when = o.absoluteStatusOn != null && o.pupilId == null ? o.absoluteStatusOn : on;
                endings.add(new Object[] {ended.name(), Date.valueOf(when), o.id});
            }
        }
        jdbc.batchUpdate("update thuiszitter set status = ?, status_on = ? where id = ?", endings);
        return listedAgain;
    }

    private Status ended(Open o, LocalDate on, Set<Long> back) {
        if (!o.birthDate.plusYears(18).isAfter(on)) {
            return Status.AGED_OUT;
        }
        if (o.pupilId == null) {
            return o.absoluteStatus != null && ABSOLUTE_CLOSED.contains(o.absoluteStatus)
                    ? ("EXEMPTED".equals(o.absoluteStatus) ? Status.EXEMPTION : Status.valueOf(o.absoluteStatus)) : null;
        }
        if ("5A".equals(o.category)) {
            return Status.EXEMPTION_ENDED;
        }
        return back.contains(o.pupilId) ? Status.BACK_FULL : null;
    }

    /**
     * "What is being done" for a thuiszitter with a case at school, as the review saw the case: its stage and who has
     * the regie; a child enrolled nowhere keeps leerplicht's own words.
     */
    void describeFromCases(long reviewId) {
        jdbc.update("""
                update thuiszitter t set action = case i.stage
                        when 'ORANGE_PLAN' then 'Plan patronen doorbreken (oranje)'
                        when 'RED_ARRANGEMENT' then 'Zorg-onderwijsarrangement (rood)'
                        when 'YELLOW_MONITORING' then 'Monitoring (geel)'
                        when 'SAT_ANALYSIS' then 'Analyse door het schoolaanwezigheidsteam'
                        else 'Casus op school' end
                    || coalesce('; regie: ' || i.regievoerder_org, '')
                from chain_review_item i
                where i.review_id = ? and i.subject_id = t.subject_id and i.stage is not null""", reviewId);
    }

    private record Open(long id, long subjectId, String category, Long pupilId, String absoluteStatus,
                        LocalDate absoluteStatusOn, LocalDate birthDate) {
    }
}
