package nl.aanwezig.chainreview;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.legal.absolute.AbsoluteAbsenceFact;
import nl.aanwezig.legal.absolute.AbsoluteAbsenceRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who a region's review discusses, from what the system knows on the day: the orange and red cases of its schools,
 * the pupils in langdurig relatief verzuim (an LRV signal, and not attending fully since), the granted 5 sub a
 * exemptions in force, the children leerplicht registered as enrolled nowhere, and the thuiszitters of earlier reviews
 * still open.
 */
@Component
class RegionFacts {

    /** A pupil back after LRV counts until they attend fully: every scheduled lesson of the last two weeks. */
    static final int FULL_RETURN_DAYS = 14;

    private final JdbcTemplate jdbc;
    private final AbsoluteAbsenceRegistry absences;

    RegionFacts(JdbcTemplate jdbc, AbsoluteAbsenceRegistry absences) {
        this.jdbc = jdbc;
        this.absences = absences;
    }

    Map<String, Candidate> candidates(long regionId, LocalDate on) {
        Map<String, Candidate> all = new LinkedHashMap<>();
        jdbc.query("""
                select c.id, c.pupil_id, c.school_id, c.stage, p.sector, p.birth_date from pupil_case c
                join pupil p on p.id = c.pupil_id join school s on s.id = c.school_id
                where s.region_id = ? and c.status = 'OPEN' and c.stage in ('ORANGE_PLAN', 'RED_ARRANGEMENT')
                order by c.id""", rs -> {
            Candidate c = pupil(all, rs.getLong(2), rs.getLong(3), rs.getString(5), rs.getDate(6).toLocalDate());
            c.caseId = rs.getLong(1);
            c.reasons.add("RED_ARRANGEMENT".equals(rs.getString(4)) ? Candidate.Reason.RED : Candidate.Reason.ORANGE);
        }, regionId);
        lrv(all, regionId, on);
        jdbc.query("""
                select e.pupil_id, e.school_id, p.sector, p.birth_date, e.valid_from from exemption e
                join pupil p on p.id = e.pupil_id join school s on s.id = e.school_id
                where s.region_id = ? and e.outcome = 'GRANTED' and e.valid_from <= ?
                  and (e.valid_to is null or e.valid_to >= ?) order by e.id""", rs -> {
            Candidate c = pupil(all, rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate());
            c.reasons.add(Candidate.Reason.EXEMPTION_5A);
            if (c.category == null) {
                c.category = Category._5A;
                c.thuisSince = rs.getDate(5).toLocalDate();
            }
        }, regionId, Date.valueOf(on), Date.valueOf(on));
        for (AbsoluteAbsenceFact f : absences.inRegion(regionId)) {
            if ("OPEN".equals(f.status())) {
                Candidate c = Candidate.absolute(f.id());
                c.birthDate = f.birthDate();
                c.category = Category.ABS;
                c.thuisSince = f.since();
                c.action = f.action();
                c.reasons.add(Candidate.Reason.ABSOLUTE);
                all.putIfAbsent(c.key(), c);
            }
        }
        openCases(all);
        return all;
    }

    /**
     * LRV: the stretch starts at the first LRV signal after the pupil's last full return (the registration's status
     * date); a pupil who attended every lesson of the last two weeks is back and not counted.
     */
    private void lrv(Map<String, Candidate> all, long regionId, LocalDate on) {
        record Lrv(long pupilId, long schoolId, String sector, LocalDate birthDate, LocalDate since) {
        }
        List<Lrv> rows = jdbc.query("""
                select g.pupil_id, g.school_id, p.sector, p.birth_date, min(g.start_date) from signal g
                join pupil p on p.id = g.pupil_id join school s on s.id = g.school_id
                left join review_subject rs on rs.pupil_id = g.pupil_id and rs.region_id = s.region_id
                left join thuiszitter t on t.subject_id = rs.id and t.status <> 'OPEN'
                where s.region_id = ? and g.type = 'LRV' and g.start_date <= ?
                  and (t.status_on is null or g.start_date > t.status_on)
                group by g.pupil_id, g.school_id, p.sector, p.birth_date order by g.pupil_id""", (rs, i) -> new Lrv(
                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(),
                rs.getDate(5).toLocalDate()), regionId, Date.valueOf(on));
        Set<Long> back = attendingFully(rows.stream().map(Lrv::pupilId).toList(), on);
        for (Lrv r : rows) {
            if (back.contains(r.pupilId())) {
                continue;
            }
            Candidate c = pupil(all, r.pupilId(), r.schoolId(), r.sector(), r.birthDate());
            c.reasons.add(Candidate.Reason.LRV);
            c.category = Category.lrv(r.since(), on);
            c.thuisSince = r.since();
        }
    }

    /**
     * The pupils among these who attended every scheduled lesson of the last two weeks (an attendance of 100.0% as the
     * figures round it); unknown (nothing scheduled) is not a return.
     */
    Set<Long> attendingFully(Collection<Long> pupilIds, LocalDate on) {
        if (pupilIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("""
                    select ad.pupil_id from attendance_day ad
                    where ad.pupil_id = any(?) and ad.lesson_date between ? and ?
                    group by ad.pupil_id having %s >= 1000""".formatted(
                    TrendSql.tenths("sum(ad.scheduled_min)", "sum(ad.present_min)")));
            ps.setArray(1, con.createArrayOf("bigint", pupilIds.toArray()));
            ps.setDate(2, Date.valueOf(on.minusDays(FULL_RETURN_DAYS - 1)));
            ps.setDate(3, Date.valueOf(on));
            return ps;
        }, (rs, i) -> rs.getLong(1)));
    }

    /** The open case of each pupil candidate without one from the orange and red list, in one query. */
    private void openCases(Map<String, Candidate> all) {
        Map<Long, Candidate> without = new HashMap<>();
        all.values().stream().filter(c -> c.pupilId != null && c.caseId == null).forEach(c -> without.put(c.pupilId, c));
        if (without.isEmpty()) {
            return;
        }
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "select pupil_id, id from pupil_case where pupil_id = any(?) and status = 'OPEN'");
            ps.setArray(1, con.createArrayOf("bigint", without.keySet().toArray()));
            return ps;
        }, rs -> {
            without.get(rs.getLong(1)).caseId = rs.getLong(2);
        });
    }

    private static Candidate pupil(Map<String, Candidate> all, long pupilId, long schoolId, String sector,
                                   LocalDate birthDate) {
        Candidate c = all.computeIfAbsent("p" + pupilId, k -> Candidate.pupil(pupilId));
        c.schoolId = schoolId;
        c.sector = sector;
        c.birthDate = birthDate;
        return c;
    }
}
