package nl.aanwezig.attendance.signals;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanwezig.attendance.domain.SickEpisode;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sick reports behind a pupil's latest M@ZL signal, from the attendance data, for the jeugdarts's advice and the
 * OC's follow-up: each report's first and last sick school day, its school days, lessons and minutes. Reads only;
 * the caller (the task of the case) checks who may see them.
 */
@Component
public class SickReports {

    /** How far after the signal's end a report that was running then is followed (a report's own later days). */
    private static final int FOLLOW_DAYS = 42;

    private final JdbcTemplate jdbc;
    private final LessonLoader loader;

    SickReports(JdbcTemplate jdbc, LessonLoader loader) {
        this.jdbc = jdbc;
        this.loader = loader;
    }

    /** The reports of the pupil's latest M@ZL signal's period; empty when the pupil has no M@ZL signal. */
    public Optional<Summary> ofLatestMazl(long pupilId) {
        return jdbc.query("""
                select start_date, end_date, detail from signal where pupil_id = ? and type = 'MAZL'
                order by end_date desc, id desc limit 1""", rs -> rs.next()
                ? Optional.of(of(pupilId, rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getString(3)))
                : Optional.<Summary>empty(), pupilId);
    }

    private Summary of(long pupilId, LocalDate from, LocalDate to, String kind) {
        LocalDate until = to.plusDays(FOLLOW_DAYS);
        Map<LocalDate, int[]> lessons = new HashMap<>();
        jdbc.query("""
                select lesson_date, count(*), coalesce(sum(extract(epoch from end_time - start_time) / 60), 0)::int
                from registration where pupil_id = ? and status = 'afwezig' and reason = 'ziek'
                  and lesson_date between ? and ? group by lesson_date""",
                rs -> {
                    lessons.put(rs.getDate(1).toLocalDate(), new int[] {rs.getInt(2), rs.getInt(3)});
                }, pupilId, Date.valueOf(from), Date.valueOf(until));
        List<Report> reports = SickEpisode.of(loader.schoolDays(List.of(pupilId), from, until).getOrDefault(pupilId,
                        List.of())).stream()
                .filter(e -> !e.start().isAfter(to))
                .map(e -> new Report(e.start(), e.end(), e.days().size(),
                        e.days().stream().mapToInt(d -> lessons.getOrDefault(d, new int[2])[0]).sum(),
                        e.days().stream().mapToInt(d -> lessons.getOrDefault(d, new int[2])[1]).sum()))
                .toList();
        return new Summary(kind, from, to, reports);
    }

    /** One sick report: first and last sick school day, how many school days, lessons and minutes missed. */
    public record Report(LocalDate from, LocalDate to, int schoolDays, int lessons, int minutes) {
    }

    /** The M@ZL criterion met ({@code kind}), its period and the sick reports in it, oldest first. */
    public record Summary(String kind, LocalDate from, LocalDate to, List<Report> reports) {

        public int lessons() {
            return reports.stream().mapToInt(Report::lessons).sum();
        }

        public int minutes() {
            return reports.stream().mapToInt(Report::minutes).sum();
        }
    }
}
