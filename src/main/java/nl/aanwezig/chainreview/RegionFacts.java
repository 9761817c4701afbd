package nl.aanwezig.chainreview;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.cases.CaseFigures;
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
    private final CaseFigures figures;
    private final AbsoluteAbsenceRegistry absences;

    RegionFacts(JdbcTemplate jdbc, CaseFigures figures, AbsoluteAbsenceRegistry absences) {
        this.jdbc = jdbc;
        this.figures = figures;
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
        jdbc.query("""
                select g.pupil_id, g.school_id, p.sector, p.birth_date, min(g.start_date) from signal g
                join pupil p on p.id = g.pupil_id join school s on s.id = g.school_id
                left join review_subject rs on rs.pupil_id = g.pupil_id and rs.region_id = s.region_id
                left join thuiszitter t on t.subject_id = rs.id and t.status <> 'OPEN'
                where s.region_id = ? and g.type = 'LRV' and g.start_date <= ?
                  and (t.status_on is null or g.start_date > t.status_on)
                group by g.pupil_id, g.school_id, p.sector, p.birth_date order by g.pupil_id""", rs -> {
            long pupilId = rs.getLong(1);
            if (attendsFully(pupilId, on)) {
                return;
            }
            Candidate c = pupil(all, pupilId, rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate());
            LocalDate since = rs.getDate(5).toLocalDate();
            c.reasons.add(Candidate.Reason.LRV);
            c.category = Category.lrv(since, on);
            c.thuisSince = since;
        }, regionId, Date.valueOf(on));
    }

    /** Every scheduled lesson of the last two weeks attended; unknown (nothing scheduled) is not a return. */
    boolean attendsFully(long pupilId, LocalDate on) {
        BigDecimal pct = figures.attendancePct(pupilId, on.minusDays(FULL_RETURN_DAYS - 1), on);
        return pct != null && pct.compareTo(BigDecimal.valueOf(100)) >= 0;
    }

    private void openCases(Map<String, Candidate> all) {
        for (Candidate c : all.values()) {
            if (c.pupilId != null && c.caseId == null) {
                c.caseId = jdbc.query("select id from pupil_case where pupil_id = ? and status = 'OPEN'",
                        (rs, i) -> rs.getLong(1), c.pupilId).stream().findFirst().orElse(null);
            }
        }
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
