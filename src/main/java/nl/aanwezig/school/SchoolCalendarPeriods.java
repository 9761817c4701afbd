package nl.aanwezig.school;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's own calendar beside the weekdays of {@link SchoolCalendar}: the holidays and study days the admin
 * registers (table school_calendar_period), on which the school gives no lessons.
 */
@Repository
public class SchoolCalendarPeriods {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    SchoolCalendarPeriods(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What kind of day off. */
    public enum Kind { HOLIDAY, STUDY_DAY }

    /** Days without lessons, first and last day included; a study day is one day. */
    public record Period(Kind kind, String name, LocalDate firstDay, LocalDate lastDay) {

        public boolean contains(LocalDate date) {
            return !date.isBefore(firstDay) && !date.isAfter(lastDay);
        }
    }

    /** The school's periods in date order. */
    public List<Period> of(long schoolId) {
        return jdbc.query("select kind, name, first_day, last_day from school_calendar_period where school_id = ? "
                        + "order by first_day, kind", (rs, i) -> new Period(Kind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)), schoolId);
    }

    /** Replaces the school's whole calendar in one go (the admin saves it as a whole). */
    @Transactional
    public void replace(long schoolId, List<Period> periods) {
        jdbc.update("delete from school_calendar_period where school_id = ?", schoolId);
        jdbc.batchUpdate("insert into school_calendar_period (school_id, kind, name, first_day, last_day) values (?, ?, ?, ?, ?)",
                periods, periods.size(), (ps, p) -> {
                    ps.setLong(1, schoolId);
                    ps.setString(2, p.kind().name());
                    ps.setString(3, p.name());
                    ps.setObject(4, p.firstDay());
                    ps.setObject(5, p.lastDay());
                });
        events.publishEvent(new SchoolCalendarChanged(schoolId));
    }

    /** Whether the school gives no lessons on this date by its own calendar (weekends aside). */
    public boolean isDayOff(long schoolId, LocalDate date) {
        Integer n = jdbc.queryForObject("select count(*) from school_calendar_period where school_id = ? "
                + "and ? between first_day and last_day", Integer.class, schoolId, date);
        return n != null && n > 0;
    }
}
