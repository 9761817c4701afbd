package nl.aanwezig.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.school.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Demo data registers today only the lessons that have started. */
class DemoAttendanceTest {

    /** A Tuesday at ten past ten: two lessons have started, four are still to come. */
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 10, 10, 10);

    @Test
    void today_has_no_registrations_for_lessons_that_have_not_started() {
        Clock clock = Clock.fixed(NOW.atZone(TimeConfig.SCHOOL_ZONE).toInstant(), TimeConfig.SCHOOL_ZONE);
        DemoAttendance demo = new DemoAttendance(null, new SchoolCalendar(), clock);
        LocalDate today = NOW.toLocalDate();

        List<RegistrationRecord> all = demo.generate(today, pupils(20));

        List<RegistrationRecord> todays = all.stream().filter(r -> r.date().equals(today)).toList();
        assertThat(todays).isNotEmpty();
        assertThat(todays).extracting(RegistrationRecord::start).containsOnly(LocalTime.of(8, 30), LocalTime.of(9, 20));
        // earlier days keep all six lessons
        assertThat(all.stream().filter(r -> r.date().equals(today.minusDays(1)) && r.pupilId() == 1)).hasSize(6);
    }

    @Test
    void before_mondays_first_lesson_the_demo_ends_on_friday_with_its_four_empty_chairs_and_none_the_day_before() {
        LocalDateTime monday0600 = LocalDateTime.of(2026, 12, 7, 6, 0);
        Clock clock = Clock.fixed(monday0600.atZone(TimeConfig.SCHOOL_ZONE).toInstant(), TimeConfig.SCHOOL_ZONE);
        DemoAttendance demo = new DemoAttendance(null, new SchoolCalendar(), clock);

        LocalDate lastDay = demo.emptyChairDay(monday0600.toLocalDate());
        assertThat(lastDay).isEqualTo(LocalDate.of(2026, 12, 4));
        List<RegistrationRecord> all = demo.generate(lastDay, pupils(60));

        // the days an empty chair is looked for (the current school day and the one before): only the demo's four
        assertThat(unexplained(all, LocalDate.of(2026, 12, 4))).containsExactlyInAnyOrder(14L, 20L, 31L, 42L);
        assertThat(unexplained(all, LocalDate.of(2026, 12, 3))).isEmpty();
    }

    @Test
    void after_the_first_lesson_the_chairs_are_today_and_the_day_before_has_none() {
        Clock clock = Clock.fixed(NOW.atZone(TimeConfig.SCHOOL_ZONE).toInstant(), TimeConfig.SCHOOL_ZONE);
        DemoAttendance demo = new DemoAttendance(null, new SchoolCalendar(), clock);

        List<RegistrationRecord> all = demo.generate(demo.emptyChairDay(NOW.toLocalDate()), pupils(60));

        assertThat(unexplained(all, NOW.toLocalDate())).containsExactlyInAnyOrder(14L, 20L, 31L, 42L);
        assertThat(unexplained(all, NOW.toLocalDate().minusDays(1))).isEmpty();
    }

    private static List<Long> unexplained(List<RegistrationRecord> all, LocalDate day) {
        return all.stream().filter(r -> r.date().equals(day) && "onbekend".equals(r.reason()))
                .map(RegistrationRecord::pupilId).distinct().toList();
    }

    private static List<Pupil> pupils(int n) {
        List<Pupil> out = new ArrayList<>();
        for (long i = 1; i <= n; i++) {
            Pupil p = new Pupil(1L, "d-" + i, "Demo" + i, "Leerling", LocalDate.of(2012, 1, 1), Sector.VO, 1L, "m", false);
            ReflectionTestUtils.setField(p, "id", i);
            out.add(p);
        }
        return out;
    }
}
