package nl.aanwezig.attendance.signals;

import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.AttendanceStatus;
import nl.aanwezig.attendance.domain.Lesson;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Checks that point at registrations that are probably wrong or missing. */
public final class DataQualityRule {

    /** Lessons starting before this time are morning lessons. */
    public static final LocalTime MORNING_ENDS = LocalTime.of(12, 30);

    private DataQualityRule() {
    }

    /**
     * Classes with lessons in the period but not a single {@code afwezig} or {@code te_laat}: 100%
     * attendance for a whole class almost always means nobody registered. Classes without lessons are
     * skipped (nothing to judge). Ordered by class name.
     */
    public static List<DataQualityIssue> classesWithoutAbsence(Map<String, ? extends Collection<Lesson>> lessonsByClass) {
        List<DataQualityIssue> issues = new ArrayList<>();
        new TreeMap<>(lessonsByClass).forEach((className, lessons) -> {
            boolean anyAbsenceOrLate = lessons.stream().anyMatch(l -> l.status() != AttendanceStatus.AANWEZIG);
            if (!lessons.isEmpty() && !anyAbsenceOrLate) {
                issues.add(new DataQualityIssue(DataQualityIssue.Kind.CLASS_WITHOUT_ABSENCE, className, null,
                        "geen enkele afwezigheid of te-laatmelding in " + lessons.size() + " lessen"));
            }
        });
        return issues;
    }

    /**
     * Pupil-days that look like lateness registered as a half-day absence. Heuristic: ordered by start
     * time, the first one or more lessons of the day are unauthorised absences ({@code onbekend} or
     * {@code spijbelen}) that all start before {@link #MORNING_ENDS}, and every remaining lesson (at least
     * one) is {@code aanwezig}. An authorised reason (a dentist in the morning) or luxeverzuim explains
     * the gap, and a pupil who is late again later that day was not simply "late once"; both are left out.
     *
     * @param pupil   the pupil number, used as the issue subject
     * @param lessons the pupil's lessons in the period
     */
    public static List<DataQualityIssue> latenessAsHalfDayAbsence(String pupil, Collection<Lesson> lessons) {
        Map<LocalDate, List<Lesson>> perDay = new TreeMap<>();
        lessons.forEach(l -> perDay.computeIfAbsent(l.date(), d -> new ArrayList<>()).add(l));
        List<DataQualityIssue> issues = new ArrayList<>();
        perDay.forEach((day, dayLessons) -> {
            dayLessons.sort(Comparator.comparing(Lesson::start));
            int absentLead = leadingMorningTruancy(dayLessons);
            boolean restPresent = dayLessons.subList(absentLead, dayLessons.size()).stream()
                    .allMatch(l -> l.status() == AttendanceStatus.AANWEZIG);
            if (absentLead > 0 && absentLead < dayLessons.size() && restPresent) {
                issues.add(new DataQualityIssue(DataQualityIssue.Kind.LATENESS_AS_HALF_DAY_ABSENCE, pupil, day,
                        "afwezig " + dayLessons.getFirst().start() + "-" + dayLessons.get(absentLead - 1).end()
                                + " (" + nl.aanwezig.base.Messages.nl("p1.lessons", absentLead)
                                + "), daarna aanwezig: te laat geregistreerd als afwezig?"));
            }
        });
        return issues;
    }

    private static int leadingMorningTruancy(List<Lesson> sortedLessons) {
        int count = 0;
        for (Lesson lesson : sortedLessons) {
            boolean truancy = lesson.absentFor(AbsenceReason.ONBEKEND) || lesson.absentFor(AbsenceReason.SPIJBELEN);
            if (!truancy || !lesson.start().isBefore(MORNING_ENDS)) {
                break;
            }
            count++;
        }
        return count;
    }

    /** School days (only Monday to Friday are considered) without any registration, school-wide. */
    public static List<DataQualityIssue> daysWithoutRegistrations(Set<LocalDate> schoolDays,
                                                                  Set<LocalDate> datesWithRegistrations) {
        return daysWithoutRegistrations("", schoolDays, datesWithRegistrations);
    }

    /** As {@link #daysWithoutRegistrations(Set, Set)}, for a named subject such as a class. */
    public static List<DataQualityIssue> daysWithoutRegistrations(String subject, Set<LocalDate> schoolDays,
                                                                  Set<LocalDate> datesWithRegistrations) {
        return schoolDays.stream().sorted()
                .filter(DataQualityRule::weekday)
                .filter(day -> !datesWithRegistrations.contains(day))
                .map(day -> new DataQualityIssue(DataQualityIssue.Kind.DAY_WITHOUT_REGISTRATIONS, subject, day,
                        "geen registraties op deze schooldag"))
                .toList();
    }

    /** All Monday-to-Friday dates from {@code from} to {@code to} inclusive: a starting set of school days. */
    public static Set<LocalDate> weekdays(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (weekday(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private static boolean weekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
