package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/** The jeugdarts's M@ZL task shows the sick reports behind the signal, driven without a browser. */
@IntegrationTest
class MazlTaskViewTest extends SpringBrowserlessTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired Routes routes;
    @Autowired RegistrationStore registrations;
    @Autowired Cases cases;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    @WithMockUser(username = "t-jeugdarts", roles = "JEUGDARTS")
    void the_advice_task_lists_the_sick_reports_with_dates_lessons_and_minutes() {
        clock.set(LocalDateTime.of(2026, 11, 2, 12, 0));
        // a school of its own, so the test school's list of M@ZL signals stays as its tests expect
        School school = data.school("HJ3VO", Sector.VO);
        jdbc.update("insert into school_partner (school_id, username, role) values (?, 't-jeugdarts', 'JEUGDARTS') "
                + "on conflict do nothing", school.id());
        Pupil pupil = data.pupil(school, "hj-mazl-ui", "3C", null);
        registrations.insert(mondaysSick(pupil));
        tx.executeWithoutResult(s -> publisher.publishEvent(
                new RegistrationsImported(Set.of(school.id()), MONDAY, MONDAY.plusWeeks(4))));
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask advice = routes.openTask(c.id(), "mazl-advice");

        OcTaskView view = navigate(OcTaskView.class, advice.id());

        assertThat(view.sickReports.isVisible()).isTrue();
        assertThat(view.sickReports.summary.getText()).isEqualTo("Signaal: vierde ziekmelding binnen 12 weken. Van "
                + "5-10-2026 tot en met 26-10-2026: 4 ziekmeldingen, samen 16 lessen (800 minuten).");
        assertThat(view.sickReports.reports.getChildren().map(li -> ((ListItem) li).getText()).toList())
                .containsExactly("5-10-2026: 1 schooldag, 4 lessen (200 minuten)",
                        "12-10-2026: 1 schooldag, 4 lessen (200 minuten)",
                        "19-10-2026: 1 schooldag, 4 lessen (200 minuten)",
                        "26-10-2026: 1 schooldag, 4 lessen (200 minuten)");
    }

    /** Four weeks of four 50-minute lessons a day, sick all of each Monday: four sick reports. */
    private static List<RegistrationRecord> mondaysSick(Pupil pupil) {
        List<RegistrationRecord> out = new ArrayList<>();
        for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusWeeks(4)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            boolean sick = day.getDayOfWeek().getValue() == 1;
            LocalTime start = LocalTime.of(8, 30);
            for (int i = 0; i < 4; i++, start = start.plusMinutes(50)) {
                out.add(new RegistrationRecord(pupil.id(), day, start, start.plusMinutes(50),
                        sick ? "afwezig" : "aanwezig", sick ? "ziek" : null, 0));
            }
        }
        return out;
    }
}
