package nl.aanwezig.cases.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolCalendarPeriods;
import nl.aanwezig.school.SchoolCalendarPeriods.Kind;
import nl.aanwezig.school.SchoolCalendarPeriods.Period;
import nl.aanwezig.school.SchoolDeadlines;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import nl.aanwezig.support.Tier3Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A school task is due at the end of a school day (17:00), by the school's calendar, not 24 hours after a signal. */
@IntegrationTest
class MentorDeadlineIntegrationTest {

    @Autowired SchoolDeadlines deadlines;
    @Autowired SchoolCalendarPeriods periods;
    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired CaseTasks tasks;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_signal_on_friday_morning_is_due_at_the_end_of_monday_or_of_the_next_school_day_after_a_study_day() {
        School plain = data.school("HMP2A", Sector.VO);
        School studyDay = data.school("HMP2B", Sector.VO);
        periods.replace(studyDay.id(), List.of(new Period(Kind.STUDY_DAY, "Studiedag", LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 7))));
        clock.set(LocalDateTime.of(2026, 12, 4, 6, 26)); // Friday

        assertThat(deadlines.endOfSchoolDayAfter(plain.id(), 1))
                .isEqualTo(ZonedDateTime.of(2026, 12, 7, 17, 0, 0, 0, TimeConfig.SCHOOL_ZONE));
        assertThat(deadlines.endOfSchoolDayAfter(studyDay.id(), 1))
                .isEqualTo(ZonedDateTime.of(2026, 12, 8, 17, 0, 0, 0, TimeConfig.SCHOOL_ZONE));
        assertThat(SchoolDeadlines.variable(deadlines.endOfSchoolDayAfter(plain.id(), 1)))
                .isEqualTo("2026-12-07T17:00:00+01:00");
    }

    @Test
    void the_mentors_contact_task_is_due_at_the_end_of_the_next_school_day() {
        steps.sync();
        var route = routes.emptyChair("hm-due-1", "t-mentor");
        var due = tasks.findById(route.taskId()).orElseThrow().dueAt().atZone(TimeConfig.SCHOOL_ZONE);

        assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(due).isEqualTo(deadlines.endOfSchoolDayAfter(routes.school().id(), 1));
    }
}
