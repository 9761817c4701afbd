package nl.aanwezig.attendance.signals;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.figures.BandPolicy;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A pupil's band over the school year so far (all its registrations imported until now), compared with the band last seen: moving into orange or red
 * is a signal (once, on the day it is seen); every band is remembered, also an improvement.
 */
@Component
class BandChanges {

    /** Too few registered hours say nothing yet about a pupil's band. */
    static final long MIN_SCHEDULED_MINUTES = 20 * 60;

    private final BandPolicy policy;
    private final JdbcTemplate jdbc;

    BandChanges(BandPolicy policy, JdbcTemplate jdbc) {
        this.policy = policy;
        this.jdbc = jdbc;
    }

    /** The band signals of the changed pupils; every band that moved is remembered. */
    List<SignalRaised> detect(long schoolId, LocalDate to, Changed changed) {
        // every registration of the school year known so far (after a day's import: up to that day); as a whole
        // school year it is a row per pupil in the year rollup, and the band needs no sick reports or lateness
        int year = Period.schoolYearOf(to);
        Map<Long, Band> previous = previous(schoolId, changed);
        List<SignalRaised> found = new ArrayList<>();
        for (var e : attendance(schoolId, year, changed).entrySet()) {
            FiguresService.Attendance f = e.getValue();
            if (f.scheduledMinutes() < MIN_SCHEDULED_MINUTES) {
                continue;
            }
            // the band on the exact fraction; the percentage as shown, in that same band
            Band band = policy.classify(f.presentMinutes(), f.scheduledMinutes());
            BigDecimal pct = policy.shownPct(f.presentMinutes(), f.scheduledMinutes());
            Band before = previous.get(e.getKey());
            if (band == before) {
                continue;
            }
            remember(e.getKey(), band, pct, to);
            if (worse(band, before) && (band == Band.ORANGE || band == Band.RED)) {
                found.add(signal(e.getKey(), schoolId, band, before, pct, to));
            }
        }
        return found;
    }

    /**
     * The pupils' minutes at this school in the school year, from the year rollup, as
     * {@link FiguresService#attendancePerPupil} answers a whole school year of a school; only the changed pupils'
     * rows are read.
     */
    private Map<Long, FiguresService.Attendance> attendance(long schoolId, int year, Changed changed) {
        Map<Long, FiguresService.Attendance> out = new LinkedHashMap<>();
        jdbc.query("""
                select ad.pupil_id, sum(ad.scheduled_min), sum(ad.present_min) from attendance_year ad
                where ad.school_id = ? and ad.start_year = ?%s group by ad.pupil_id""".formatted(changed.and("ad.pupil_id")),
                rs -> {
                    out.put(rs.getLong(1), new FiguresService.Attendance(rs.getLong(2), rs.getLong(3)));
                }, changed.args(schoolId, year));
        return out;
    }

    private static boolean worse(Band now, Band before) {
        return before == null || now.ordinal() > before.ordinal();
    }

    private SignalRaised signal(long pupilId, long schoolId, Band band, Band before, BigDecimal pct, LocalDate day) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("attendancePct", pct.doubleValue());
        facts.put("band", band.name());
        facts.put("previousBand", before == null ? "" : before.name());
        policy.decisionVariables().forEach((k, v) -> facts.put(k, v instanceof BigDecimal d ? d.doubleValue() : v));
        return new SignalRaised(pupilId, schoolId, SignalType.BAND_CHANGE, day, day,
                pct.toPlainString() + "% (" + band + ")", facts);
    }

    private Map<Long, Band> previous(long schoolId, Changed changed) {
        Map<Long, Band> bands = new HashMap<>();
        jdbc.query("select b.pupil_id, b.band from pupil_band b join pupil p on p.id = b.pupil_id where p.school_id = ?"
                + changed.and("b.pupil_id"), rs -> {
                    bands.put(rs.getLong(1), Band.valueOf(rs.getString(2)));
                }, changed.args(schoolId));
        return bands;
    }

    private void remember(long pupilId, Band band, BigDecimal pct, LocalDate day) {
        jdbc.update("""
                insert into pupil_band (pupil_id, band, pct, changed_on) values (?, ?, ?, ?)
                on conflict (pupil_id) do update set band = excluded.band, pct = excluded.pct, changed_on = excluded.changed_on""",
                pupilId, band.name(), pct, Date.valueOf(day));
    }

}
