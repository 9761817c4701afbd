package nl.aanwezig.admin;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolCalendarPeriods;
import nl.aanwezig.school.SchoolCalendarPeriods.Kind;
import nl.aanwezig.school.SchoolCalendarPeriods.Period;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's holidays and study days, saved as a whole calendar. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class CalendarAdmin {

    /** The summer holiday is six weeks and some days; a longer period is a typing error (2072 for 2027). */
    static final int MAX_HOLIDAY_DAYS = 70;
    static final int MAX_NAME = 100;

    private final SchoolAdmin schools;
    private final SchoolCalendarPeriods periods;
    private final AdminAudit audit;

    CalendarAdmin(SchoolAdmin schools, SchoolCalendarPeriods periods, AdminAudit audit) {
        this.schools = schools;
        this.periods = periods;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Period> of(String brin) {
        return periods.of(schools.school(brin).id());
    }

    /** Replaces the school's calendar; every period is checked first, so a bad one saves nothing. */
    @Transactional
    public List<Period> replace(String brin, List<Period> calendar) {
        School school = schools.school(brin);
        Problems problems = new Problems();
        List<Period> clean = calendar.stream().map(p -> check(p, problems)).toList();
        problems.throwIfAny();
        periods.replace(school.id(), clean.stream().sorted(Comparator.comparing(Period::firstDay)).toList());
        audit.changed("ADMIN_SCHOOL_CALENDAR", "brin=" + school.brin() + " perioden=" + clean.size());
        return periods.of(school.id());
    }

    private static Period check(Period period, Problems problems) {
        String label = period.name() == null || period.name().isBlank() ? Messages.nl("admin.calendar.kind." + kindOf(period))
                : period.name().strip();
        String name = problems.required("calendar", label, MAX_NAME);
        if (period.kind() == null) {
            problems.add("calendar", "admin.calendar.error.kind");
        }
        if (period.firstDay() == null || period.lastDay() == null) {
            problems.add("calendar", "admin.calendar.error.dates", label);
            return period;
        }
        if (period.lastDay().isBefore(period.firstDay())) {
            problems.add("calendar", "admin.calendar.error.order", label);
        } else if (period.kind() == Kind.STUDY_DAY && !period.firstDay().equals(period.lastDay())) {
            problems.add("calendar", "admin.calendar.error.studyDay", label);
        } else if (ChronoUnit.DAYS.between(period.firstDay(), period.lastDay()) + 1 > MAX_HOLIDAY_DAYS) {
            problems.add("calendar", "admin.calendar.error.tooLong", label, MAX_HOLIDAY_DAYS);
        }
        return new Period(period.kind(), name, period.firstDay(), period.lastDay());
    }

    private static String kindOf(Period period) {
        return period.kind() == null ? Kind.HOLIDAY.name() : period.kind().name();
    }
}
