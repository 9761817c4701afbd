package nl.aanwezig.attendance.importing;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.school.SchoolCalendarChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The absence-only route's registrations: for every pupil of the school, every lesson of their timetable (their own
 * where they have one, else their class's) on every school day (the calendar's holidays and study days excluded) of a
 * period an absence export covered, is a registration; the absence exported for that lesson decides what it is
 * (through the school's code list), and a lesson without one is present. So the figures, bands and signals are those
 * of the per-lesson file of the same facts, computed by the same code.
 *
 * <p>Only the difference is written, so deriving again changes nothing; runs in the caller's transaction.
 */
@Component
class LessonDerivation {

    /** Per sort or hash of a derivation, in its transaction only (SET LOCAL). */
    private static final String WORK_MEM = "128MB";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonDerivation(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Derives the school's registrations for {@code from..to} (days after today are never derived: a lesson that has
     * not happened is not present) and publishes {@link RegistrationsImported} when any changed.
     *
     * @return registrations written or removed
     */
    int derive(long schoolId, LocalDate from, LocalDate to) {
        return derive(schoolId, from, to, false).changed();
    }

    /**
     * As {@link #derive(long, LocalDate, LocalDate)}; with {@code countLessons} it also counts, before writing, the
     * registered lessons of the period and those the derivation does not give at all (not a changed status: gone), so
     * an import can ask before it removes many.
     */
    Derived derive(long schoolId, LocalDate from, LocalDate to, boolean countLessons) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to.isAfter(today) ? today : to;
        if (last.isBefore(from)) {
            return new Derived(0, 0, 0);
        }
        jdbc.execute("drop table if exists derived_registration");
        // the sorts and hashes of a school's year fit in memory, not in 4 MB of temp files: EXPLAIN at F=1 (1,000
        // pupils, 1.3 million lessons) sorted 75 and 85 MB on disk with 64 MB
        jdbc.execute("set local work_mem = '" + WORK_MEM + "'");
        Date first = Date.valueOf(from);
        Date end = Date.valueOf(last);
        // the planner cannot estimate the schedule (range joins on the calendar) and, on absences written in this
        // same transaction (no statistics yet), chose a nested loop over them: minutes per school instead of 0.2 s;
        // every join here is an equality that a hash join serves
        jdbc.execute("set local enable_nestloop = off");
        jdbc.update(DerivationSql.DERIVED, first, end, schoolId, schoolId, schoolId, schoolId, schoolId, first, end,
                schoolId, schoolId);
        jdbc.execute("set local enable_nestloop = on");
        boolean stored = Boolean.TRUE.equals(jdbc.queryForObject(DerivationSql.ANY_STORED, Boolean.class, schoolId,
                first, end));
        // a period new to the school (a year's first export, each new day) is written once, without the checks
        Integer all = stored ? null : Staging.insertIfAllNew(jdbc, DerivationSql.INSERT_ALL);
        if (all != null) {
            if (all > 0) {
                // a period new to the school gives every pupil on its timetable new lessons: the school's pupils are
                // the changed ones (null), and naming them from the rows was one more pass over them (6.8 s at F=1)
                events.publishEvent(new RegistrationsImported(Set.of(schoolId), from, last, "derived_registration",
                        null));
            }
            return new Derived(all, 0, 0);
        }
        int[] lessons = countLessons ? jdbc.queryForObject(DerivationSql.LESSONS_GONE,
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)}, schoolId, first, end) : new int[] {0, 0};
        Map<Long, Integer> removed = perPupil(DerivationSql.REMOVE_OTHERS, schoolId, first, end);
        Map<Long, Integer> inserted = perPupil(DerivationSql.INSERT_NEW);
        int removedRows = sum(removed);
        int insertedRows = sum(inserted);
        if (removedRows + insertedRows > 0) {
            // the derived table holds exactly the rows written only when every one of them is new
            Integer derived = jdbc.queryForObject("select count(*) from derived_registration", Integer.class);
            boolean allNew = removedRows == 0 && derived != null && derived == insertedRows;
            Set<Long> pupils = new HashSet<>(removed.keySet());
            pupils.addAll(inserted.keySet());
            events.publishEvent(new RegistrationsImported(Set.of(schoolId), from, last,
                    allNew ? "derived_registration" : null, pupils));
        }
        return new Derived(removedRows + insertedRows, lessons[0], lessons[1]);
    }

    /** A statement answering (pupil_id, rows) per pupil. */
    private Map<Long, Integer> perPupil(String sql, Object... args) {
        Map<Long, Integer> rows = new HashMap<>();
        jdbc.query(sql, rs -> {
            rows.put(rs.getLong(1), rs.getInt(2));
        }, args);
        return rows;
    }

    private static int sum(Map<Long, Integer> rows) {
        return rows.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * What one derivation did.
     *
     * @param changed  registrations written or removed
     * @param registered registered lessons of the period before (only when counted)
     * @param gone     of those, the lessons the derivation no longer gives at all (only when counted)
     */
    record Derived(int changed, int registered, int gone) {
    }

    /** Derives again every period the school's absence exports covered: its code list, bell schedule or timetable changed. */
    int deriveCovered(long schoolId) {
        int changed = 0;
        for (Period period : covered(schoolId)) {
            changed += derive(schoolId, period.from(), period.to());
        }
        return changed;
    }

    /** Holidays or study days moved: the covered periods are derived again, in the saving transaction. */
    @EventListener
    void on(SchoolCalendarChanged changed) {
        Staging.lockSchools(jdbc, Set.of(changed.schoolId()));
        deriveCovered(changed.schoolId());
    }

    /** The merged periods the school's absence exports covered, in order. */
    List<Period> covered(long schoolId) {
        return jdbc.query("select first_day, last_day from absence_coverage where school_id = ? order by first_day",
                (rs, i) -> new Period(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), schoolId);
    }

    /** Adds a period to the school's coverage, merged with the periods it overlaps or touches. */
    void cover(long schoolId, LocalDate from, LocalDate to) {
        List<Period> merged = new ArrayList<>();
        LocalDate first = from;
        LocalDate last = to;
        for (Period p : covered(schoolId)) {
            if (p.to().plusDays(1).isBefore(first) || p.from().isAfter(last.plusDays(1))) {
                merged.add(p);
            } else {
                first = p.from().isBefore(first) ? p.from() : first;
                last = p.to().isAfter(last) ? p.to() : last;
            }
        }
        merged.add(new Period(first, last));
        jdbc.update("delete from absence_coverage where school_id = ?", schoolId);
        for (Period p : merged) {
            jdbc.update("insert into absence_coverage (school_id, first_day, last_day) values (?, ?, ?)", schoolId,
                    Date.valueOf(p.from()), Date.valueOf(p.to()));
        }
    }
}
