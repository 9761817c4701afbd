package nl.aanwezig.legal.deviation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Deviation test data: random lessons and timetables, a complete checklist, an open case, the OC's steps. */
@Component
public class DeviationFixtures {

    public static final String OC = "t-oc-dev";
    static final LocalTime FIRST_LESSON = LocalTime.of(8, 30);

    private final DeviationService deviations;
    private final JdbcTemplate jdbc;

    DeviationFixtures(DeviationService deviations, JdbcTemplate jdbc) {
        this.deviations = deviations;
        this.jdbc = jdbc;
    }

    /** Everything the Inspectie asks for. */
    public static Checklist complete() {
        return new Checklist("Kernvakken in de ochtend met de eigen mentor", "Dagbehandeling bij de jeugd-ggz",
                "Elke zes weken een uur per dag erbij", LocalDate.of(2025, 6, 2), true, Checklist.ExpertKind.ORTHOPEDAGOOG,
                LocalDate.of(2025, 5, 20));
    }

    /** School days (Monday to Friday) of {@code [from, to]}, each with 7 lessons of 50 minutes and random attendance. */
    public static List<Lesson> lessons(Random random, LocalDate from, LocalDate to) {
        List<Lesson> out = new ArrayList<>();
        AbsenceReason[] reasons = AbsenceReason.values();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            LocalTime start = FIRST_LESSON;
            for (int i = 0; i < 7; i++, start = start.plusMinutes(50)) {
                LocalTime end = start.plusMinutes(50);
                int roll = random.nextInt(10);
                out.add(roll < 6 ? Lesson.present(d, start, end)
                        : roll < 7 ? Lesson.late(d, start, end, 1 + random.nextInt(49))
                        : Lesson.absent(d, start, end, reasons[random.nextInt(reasons.length)]));
            }
        }
        return out;
    }

    /** Per weekday none, one or two windows between 08:00 and 16:00, on 5-minute steps. */
    public static Map<DayOfWeek, List<TimeWindow>> windows(Random random) {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        for (int day = 1; day <= 5; day++) {
            List<TimeWindow> list = new ArrayList<>();
            LocalTime at = LocalTime.of(8, 0).plusMinutes(5L * random.nextInt(24));
            for (int n = random.nextInt(3); n > 0; n--) {
                LocalTime end = at.plusMinutes(30 + 5L * random.nextInt(30));
                list.add(new TimeWindow(at, end));
                at = end.plusMinutes(5 + 5L * random.nextInt(12));
            }
            week.put(DayOfWeek.of(day), list);
        }
        if (week.values().stream().allMatch(List::isEmpty)) {
            week.put(DayOfWeek.MONDAY, List.of(new TimeWindow(LocalTime.of(9, 0), LocalTime.of(11, 0))));
        }
        return week;
    }

    /** The hours per week the windows add up to. */
    public static BigDecimal hours(Map<DayOfWeek, List<TimeWindow>> week) {
        long minutes = week.values().stream().flatMap(List::stream)
                .mapToLong(w -> java.time.Duration.between(w.from(), w.to()).toMinutes()).sum();
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    /** Drafted, checklist complete, approved on {@code decidedOn}: returns the request's id. */
    public long approved(Pupil pupil, DeviationForm form, LocalDate decidedOn) {
        return AsUser.call(OC, "OC", () -> {
            long id = deviations.draft(pupil.id(), form);
            deviations.saveChecklist(id, complete());
            deviations.decide(id, true, decidedOn);
            return id;
        });
    }

    /** An open case of the pupil, as a signal would have opened it. */
    public long openCase(Pupil pupil) {
        return jdbc.queryForObject("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at) values (?, ?, 'OPEN', 'RED_ARRANGEMENT', ?)
                returning id""", Long.class, pupil.id(), pupil.schoolId(), Timestamp.from(Instant.now()));
    }
}
