package nl.aanwezig.attendance.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.domain.AbsenceReason;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code attendance_day} and {@code attendance_month} exactly in sync with {@code registration}.
 *
 * <p>Runs inside the importing transaction (a plain {@code @EventListener}), so the aggregates commit or roll
 * back together with the registrations. Only the imported schools and dates are rebuilt: delete, then insert
 * the grouped registrations; months touched by the range are rebuilt from the (now fresh) days.
 */
@Component
class AttendanceAggregates {

    /** Built from the enum, so the SQL and {@link AbsenceReason#authorised()} cannot disagree. */
    private static final String AUTHORISED = Arrays.stream(AbsenceReason.values()).filter(AbsenceReason::authorised)
            .map(r -> "'" + r.csvValue() + "'").collect(Collectors.joining(", ", "(", ")"));
    /**
     * A lesson's minutes in integer arithmetic: lessons are whole minutes (HH:MM), so this equals
     * {@code extract(epoch ...) / 60}, which is numeric since PostgreSQL 14 and several times slower to sum.
     */
    private static final String MINUTES = "(date_part('epoch', r.end_time - r.start_time)::int / 60)";

    private static final String INSERT_DAYS = """
            insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
            select r.pupil_id, r.lesson_date, p.school_id,
                   sum(%1$s)::int,
                   sum(case r.status when 'aanwezig' then %1$s when 'te_laat' then %1$s - r.minutes_late else 0 end)::int,
                   sum(case when r.status = 'afwezig' and r.reason in %2$s then %1$s else 0 end)::int,
                   sum(case when r.status = 'afwezig' and r.reason not in %2$s then %1$s else 0 end)::int,
                   count(*) filter (where r.status = 'te_laat'),
                   coalesce(sum(r.minutes_late) filter (where r.status = 'te_laat'), 0),
                   bool_or(r.status = 'afwezig' and r.reason = 'ziek')
            from registration r join pupil p on p.id = r.pupil_id
            where p.school_id = any(?) and r.lesson_date between ? and ?
            group by r.pupil_id, r.lesson_date, p.school_id""".formatted(MINUTES, AUTHORISED);

    private static final String INSERT_MONTHS = """
            insert into attendance_month (pupil_id, month_start, school_id, scheduled_min, present_min,
                authorised_absent_min, unauthorised_absent_min, late_count, late_min)
            select pupil_id, date_trunc('month', lesson_date)::date, school_id, sum(scheduled_min), sum(present_min),
                   sum(authorised_absent_min), sum(unauthorised_absent_min), sum(late_count), sum(late_min)
            from attendance_day
            where school_id = any(?) and lesson_date between ? and ?
            group by pupil_id, date_trunc('month', lesson_date)::date, school_id""";

    private final JdbcTemplate jdbc;

    AttendanceAggregates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Transactional
    void on(RegistrationsImported imported) {
        if (imported.schoolIds().isEmpty()) {
            return;
        }
        refresh(imported.schoolIds().toArray(Long[]::new), imported.from(), imported.to());
    }

    /** pgjdbc binds a {@code Long[]} as {@code bigint[]} for {@code = any(?)}. */
    private void refresh(Long[] schools, LocalDate from, LocalDate to) {
        jdbc.update("delete from attendance_day where school_id = any(?) and lesson_date between ? and ?",
                schools, Date.valueOf(from), Date.valueOf(to));
        jdbc.update(INSERT_DAYS, schools, Date.valueOf(from), Date.valueOf(to));
        Date firstMonth = Date.valueOf(from.withDayOfMonth(1));
        Date endOfLastMonth = Date.valueOf(to.withDayOfMonth(to.lengthOfMonth()));
        jdbc.update("delete from attendance_month where school_id = any(?) and month_start between ? and ?",
                schools, firstMonth, endOfLastMonth);
        jdbc.update(INSERT_MONTHS, schools, firstMonth, endOfLastMonth);
    }
}
