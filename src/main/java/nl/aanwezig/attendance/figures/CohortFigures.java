package nl.aanwezig.attendance.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanwezig.attendance.domain.BandCutoffs;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Look at cohorts, not only the child": which classes, levels and weekdays of the OC's school carry its absence over
 * a period. The same figure rule as everywhere (present minutes over scheduled minutes, all absence counted), from
 * the day aggregates in one query; levels are the sum of their classes (see {@link Levels}).
 */
@Service
public class CohortFigures {

    /** Per class and weekday, and per class alone (for the number of distinct pupils). */
    private static final String PER_CLASS_AND_DAY = """
            select p.class_id, cl.name, extract(isodow from ad.lesson_date)::int as dow,
                   sum(ad.scheduled_min)::bigint, sum(ad.present_min)::bigint, count(distinct ad.pupil_id)
            from attendance_day ad
            join pupil p on p.id = ad.pupil_id
            left join school_class cl on cl.id = p.class_id
            where ad.school_id = ? and ad.lesson_date between ? and ?
            group by grouping sets ((p.class_id, cl.name, dow), (p.class_id, cl.name))""";

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final BandPolicy bands;

    CohortFigures(JdbcTemplate jdbc, CurrentUsers users, BandPolicy bands) {
        this.jdbc = jdbc;
        this.users = users;
        this.bands = bands;
    }

    /** The cohorts of the OC's own school over the period. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional(readOnly = true)
    public Cohorts ofMySchool(Period period) {
        CurrentUser user = users.require();
        if (user.schoolId() == null) {
            return new Cohorts(period, new Row(null, 0, 0, 0), List.of(), List.of(), List.of(), bands.cutoffs());
        }
        Map<String, Row> classes = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<DayOfWeek, long[]> days = new EnumMap<>(DayOfWeek.class);
        jdbc.query(PER_CLASS_AND_DAY, rs -> {
            String name = rs.getString(2);
            int dow = rs.getInt(3);
            boolean classTotal = rs.wasNull();
            long scheduled = rs.getLong(4);
            long present = rs.getLong(5);
            if (classTotal) {
                classes.put(name, new Row(name, rs.getInt(6), scheduled, present));
            } else {
                long[] d = days.computeIfAbsent(DayOfWeek.of(dow), k -> new long[2]);
                d[0] += scheduled;
                d[1] += present;
            }
        }, user.schoolId(), Date.valueOf(period.from()), Date.valueOf(period.to()));
        Row school = classes.values().stream().reduce(new Row(null, 0, 0, 0), Row::plus);
        List<Row> weekdays = new ArrayList<>();
        days.forEach((d, m) -> weekdays.add(new Row(d.name(), null, m[0], m[1])));
        return new Cohorts(period, school, List.copyOf(classes.values()), levels(classes.values()), weekdays,
                bands.cutoffs());
    }

    private static List<Row> levels(Iterable<Row> classes) {
        Map<Integer, Row> byLevel = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        for (Row c : classes) {
            Integer level = c.name() == null || Levels.of(c.name()).isEmpty() ? null : Levels.of(c.name()).getAsInt();
            byLevel.merge(level, new Row(level == null ? null : String.valueOf(level), c.pupils(), c.scheduledMinutes(),
                    c.presentMinutes()), (a, b) -> a.plus(b).named(a.name()));
        }
        return List.copyOf(byLevel.values());
    }

    /**
     * The cohorts of a school.
     *
     * @param school   the whole school
     * @param classes  per class by name (pupils without a class last, name null)
     * @param levels   per level by number (classes without a number last, name null)
     * @param weekdays per weekday ({@link DayOfWeek} names), Monday first; pupils not counted
     * @param cutoffs  the cut-offs in force, which a shown percentage stays within
     */
    public record Cohorts(Period period, Row school, List<Row> classes, List<Row> levels, List<Row> weekdays,
                          BandCutoffs cutoffs) {

        /** A row's attendance % to show: one decimal, in the band of its exact fraction. */
        public BigDecimal pct(Row row) {
            return row.attendancePct(cutoffs);
        }
    }

    /** One cohort's minutes; {@code pupils} is null where a pupil counts on several rows (weekdays). */
    public record Row(String name, Integer pupils, long scheduledMinutes, long presentMinutes) {

        /** As everywhere: present over scheduled, one decimal, in the band of the exact fraction; null when none. */
        public BigDecimal attendancePct(BandCutoffs cutoffs) {
            return cutoffs.shownPct(presentMinutes, scheduledMinutes);
        }

        /** Absent minutes (all absence, authorised or not) in clock hours, one decimal. */
        public BigDecimal absentHours() {
            return BigDecimal.valueOf(scheduledMinutes - presentMinutes).divide(BigDecimal.valueOf(60), 1,
                    RoundingMode.HALF_UP);
        }

        /** This cohort's share of the absence of the whole, in %, one decimal; null when the whole had none. */
        public BigDecimal shareOf(Row whole) {
            long absent = whole.scheduledMinutes - whole.presentMinutes;
            return absent <= 0 ? null : BigDecimal.valueOf(100L * (scheduledMinutes - presentMinutes))
                    .divide(BigDecimal.valueOf(absent), 1, RoundingMode.HALF_UP);
        }

        Row plus(Row other) {
            Integer p = pupils == null || other.pupils == null ? null : pupils + other.pupils;
            return new Row(name, p, scheduledMinutes + other.scheduledMinutes, presentMinutes + other.presentMinutes);
        }

        Row named(String newName) {
            return new Row(newName, pupils, scheduledMinutes, presentMinutes);
        }
    }
}
