package nl.aanwezig.attendance.signals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.ApprovedTimetable;
import nl.aanwezig.attendance.figures.ApprovedTimetableStore;
import nl.aanwezig.attendance.domain.AttendanceStatus;
import nl.aanwezig.attendance.domain.Lesson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Loads registrations as domain lessons, for many pupils in one query. */
@Component
class LessonLoader {

    private final JdbcTemplate jdbc;
    private final ApprovedTimetableStore timetables;

    LessonLoader(JdbcTemplate jdbc, ApprovedTimetableStore timetables) {
        this.jdbc = jdbc;
        this.timetables = timetables;
    }

    /**
     * Pupils of a school (of {@code changed}) with a school day matching {@code condition} (SQL over the day table
     * {@code ad.*}) in [from, to]. The day table says it exactly (lessons are whole minutes, at least one: a day with
     * an unauthorised absence has unauthorised minutes; {@code sick} is "a lesson absent for ziek"; {@code late_count}
     * counts the te_laat lessons) in a row per pupil-day instead of one per lesson.
     */
    List<Long> candidates(long schoolId, String condition, LocalDate from, LocalDate to, Changed changed) {
        return jdbc.queryForList("select distinct ad.pupil_id from attendance_day ad "
                + "where ad.school_id = ? and ad.lesson_date between ? and ? and (" + condition + ")"
                + changed.and("ad.pupil_id") + " order by 1",
                Long.class, changed.args(schoolId, Date.valueOf(from), Date.valueOf(to)));
    }

    /**
     * As {@link #candidates} from the registrations themselves ({@code condition} over r.*), for a read of a moment
     * (the DUO line's list) rather than after an import: it does not rely on the day table being current.
     */
    List<Long> candidatesInRegistrations(long schoolId, String condition, LocalDate from, LocalDate to) {
        return jdbc.queryForList("select distinct r.pupil_id from registration r join pupil p on p.id = r.pupil_id "
                + "where p.school_id = ? and r.lesson_date between ? and ? and (" + condition + ") order by 1",
                Long.class, schoolId, Date.valueOf(from), Date.valueOf(to));
    }

    /**
     * One lesson per school day, absent/ziek on a sick day: all that sick reports need (a day is a sick day
     * when any lesson is ziek; school days are the days with lessons), read from the day table instead of
     * every lesson, which is what keeps the detection after a day's import fast for a whole region.
     */
    Map<Long, List<Lesson>> schoolDays(List<Long> pupilIds, LocalDate from, LocalDate to) {
        Map<Long, List<Lesson>> byPupil = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return byPupil;
        }
        jdbc.query("select pupil_id, lesson_date, sick from attendance_day "
                + "where pupil_id = any(?) and lesson_date between ? and ? order by pupil_id, lesson_date",
                rs -> {
                    boolean sick = rs.getBoolean(3);
                    byPupil.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Lesson(
                            rs.getDate(2).toLocalDate(), DAY_START, DAY_END,
                            sick ? AttendanceStatus.AFWEZIG : AttendanceStatus.AANWEZIG, sick ? AbsenceReason.ZIEK : null, 0));
                }, pupilIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to));
        return byPupil;
    }

    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(9, 0);

    /**
     * What the DUO rules ({@code DuoRule}, luxe verzuim) read of pupils' lessons: the unauthorised absences, which
     * are all that counts, and one placeholder lesson per school day ({@link #schoolDays}: present, or absent for
     * ziek, which is authorised and not counted), since school weeks are the weeks with lessons. A school day's
     * other lessons, most of the registrations, change nothing and are not read: the absences come from the
     * partial index {@code registration_absence}, the days from the day table.
     */
    Map<Long, List<Lesson>> unauthorisedAbsencesAndSchoolDays(List<Long> pupilIds, LocalDate from, LocalDate to) {
        Map<Long, List<Lesson>> byPupil = schoolDays(pupilIds, from, to);
        if (pupilIds.isEmpty()) {
            return byPupil;
        }
        Map<Long, List<ApprovedTimetable>> approved = new HashMap<>();
        timetables.ofPupils(pupilIds, from, to).forEach(pt ->
                approved.computeIfAbsent(pt.pupilId(), k -> new ArrayList<>()).add(pt.timetable()));
        jdbc.query("""
                select pupil_id, lesson_date, start_time, end_time, status, reason, minutes_late from registration
                where pupil_id = any(?) and lesson_date between ? and ? and status = 'afwezig' and reason in %s"""
                .formatted(UNAUTHORISED), rs -> {
                    byPupil.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .addAll(counted(lesson(rs), approved.getOrDefault(rs.getLong(1), List.of())));
                }, pupilIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to));
        return byPupil;
    }

    /**
     * An absence measured against an approved onderwijstijd deviation: only its parts inside the approved windows
     * are missed lesson time (a lesson across two windows becomes two parts); outside the deviation it is whole.
     */
    static List<Lesson> counted(Lesson absence, List<ApprovedTimetable> approved) {
        ApprovedTimetable t = approved.stream().filter(a -> a.appliesOn(absence.date())).findFirst().orElse(null);
        if (t == null) {
            return List.of(absence);
        }
        List<Lesson> parts = new ArrayList<>();
        for (ApprovedTimetable.TimeWindow w : t.windows().getOrDefault(absence.date().getDayOfWeek(), List.of())) {
            LocalTime start = absence.start().isAfter(w.from()) ? absence.start() : w.from();
            LocalTime end = absence.end().isBefore(w.to()) ? absence.end() : w.to();
            if (end.isAfter(start)) {
                parts.add(Lesson.absent(absence.date(), start, end, absence.reason()));
            }
        }
        return parts;
    }

    /** The reasons of unauthorised absence as an SQL list, from the enum (not input). */
    static final String UNAUTHORISED = Arrays.stream(AbsenceReason.values()).filter(r -> !r.authorised())
            .map(r -> "'" + r.csvValue() + "'").collect(Collectors.joining(", ", "(", ")"));

    /** A lesson from columns 2-7: lesson_date, start_time, end_time, status, reason, minutes_late. */
    static Lesson lesson(ResultSet rs) throws SQLException {
        return new Lesson(rs.getDate(2).toLocalDate(), rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime(),
                AttendanceStatus.parse(rs.getString(5)),
                rs.getString(6) == null ? null : AbsenceReason.parse(rs.getString(6)), rs.getInt(7));
    }

    Map<Long, List<Lesson>> lessons(List<Long> pupilIds, LocalDate from, LocalDate to) {
        Map<Long, List<Lesson>> byPupil = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return byPupil;
        }
        jdbc.query("""
                select pupil_id, lesson_date, start_time, end_time, status, reason, minutes_late from registration
                where pupil_id = any(?) and lesson_date between ? and ? order by pupil_id, lesson_date, start_time""",
                rs -> {
                    byPupil.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(lesson(rs));
                }, pupilIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to));
        return byPupil;
    }
}
