package nl.aanwezig.legal.duo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.school.Sector;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unauthorised absences behind a report, read from the registrations: the hours the report states and the
 * lessons it lists. Counted as the DUO rule counts: VO and MBO a missed lesson of at most 60 minutes is one hour,
 * PO clock time rounded down.
 */
@Component
class MissedLessons {

    /** "ma 7-12-2026": the day of a missed lesson as the report's reader says it. */
    static final java.time.format.DateTimeFormatter LESSON_DAY =
            java.time.format.DateTimeFormatter.ofPattern("EEE d-M-yyyy", nl.aanwezig.base.Messages.DUTCH);

    private final JdbcTemplate jdbc;

    MissedLessons(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The missed lessons and their hours. */
    record Summary(int hours, String lessons) {
    }

    Summary between(long pupilId, Sector sector, LocalDate from, LocalDate to) {
        List<Object[]> rows = jdbc.query("""
                select lesson_date, start_time, end_time, reason,
                       extract(epoch from (end_time - start_time)) / 60 as minutes
                from registration where pupil_id = ? and lesson_date between ? and ? and status = 'afwezig'
                  and reason in ('spijbelen', 'luxeverzuim', 'onbekend')
                order by lesson_date, start_time""", (rs, i) -> new Object[] {
                LESSON_DAY.format(rs.getDate(1).toLocalDate()) + " " + rs.getTime(2).toLocalTime() + "-"
                        + rs.getTime(3).toLocalTime()
                        + " " + rs.getString(4), rs.getInt(5)}, pupilId, Date.valueOf(from), Date.valueOf(to));
        long minutes = 0;
        StringBuilder lines = new StringBuilder();
        for (Object[] row : rows) {
            int m = (Integer) row[1];
            minutes += sector == Sector.PO ? m : ((m + 59) / 60) * 60L;
            lines.append(lines.isEmpty() ? "" : "\n").append(row[0]);
        }
        return new Summary((int) (minutes / 60), lines.toString());
    }
}
