package nl.aanwezig.cases.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDateTime;
import java.util.List;
import nl.aanwezig.cases.ui.MyWeekView;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue #21, Mijn week: on Wednesday 10 March 2027 the OC of T1VO sees the overdue plan evaluation, Thursday's
 * casusoverleg, the DUO report due Friday, the mentor's overdue task and her own task, each with its link; not what
 * falls after Sunday, and nothing of another school.
 */
@IntegrationTest
class OcWeekTest extends SpringBrowserlessTest {

    @Autowired OcWeek week;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    private Pupil late;
    private Pupil later;
    private long meetingThisWeek;

    @BeforeEach
    void aWeekAtT1vo() {
        clock.set(LocalDateTime.of(2027, 3, 10, 10, 0));
        School t1 = schools.findByBrin("T1VO").orElseThrow();
        late = data.pupil(t1, "hw-week-late", "1A", "t-mentor");
        later = data.pupil(t1, "hw-week-later", "1A", "t-mentor");
        long lateCase = openCase(late, t1, "2027-03-08");
        openCase(later, t1, "2027-04-20");
        jdbc.update("delete from case_meeting m where m.school_id = ? and m.held_on in ('2027-03-11', '2027-03-18')"
                + " and not exists (select 1 from meeting_item i where i.meeting_id = m.id)", t1.id());
        meetingThisWeek = jdbc.queryForObject("insert into case_meeting (school_id, held_on, starts_at, created_by,"
                + " created_at) values (?, '2027-03-11', '14:30', 't-oc', now()) returning id", Long.class, t1.id());
        jdbc.update("insert into case_meeting (school_id, held_on, starts_at, created_by, created_at)"
                + " values (?, '2027-03-18', '14:30', 't-oc', now())", t1.id());
        jdbc.update("insert into duo_report (case_id, pupil_id, school_id, signal_key, type, start_date, deadline, status,"
                + " created_at) values (?, ?, ?, 'hw-week-duo', 'DUO_16H', '2027-03-01', '2027-03-12', 'CONCEPT', now())"
                + " on conflict (signal_key) do nothing", lateCase, late.id(), t1.id());
        task(lateCase, t1, "hw-week-mentor", "t-mentor", null, "2027-03-09T16:00:00Z");
        task(lateCase, t1, "hw-week-mentor-next", "t-mentor", null, "2027-03-16T16:00:00Z");
        task(lateCase, t1, "hw-week-oc", "t-oc", "oc", "2027-03-12T16:00:00Z");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long openCase(Pupil pupil, School school, String nextEvaluation) {
        Long existing = jdbc.query("select id from pupil_case where pupil_id = ? and status = 'OPEN'",
                (rs, i) -> rs.getLong(1), pupil.id()).stream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        long caseId = jdbc.queryForObject("insert into pupil_case (pupil_id, school_id, status, stage, opened_at)"
                + " values (?, ?, 'OPEN', 'ORANGE_PLAN', now()) returning id", Long.class, pupil.id(), school.id());
        jdbc.update("insert into support_plan (case_id, school_id, status, started_on, evaluation_weeks, next_evaluation,"
                + " created_by, created_at, updated_by, updated_at) values (?, ?, 'ACTIVE', '2027-02-01', 4, ?::date,"
                + " 't-oc', now(), 't-oc', now())", caseId, school.id(), nextEvaluation);
        return caseId;
    }

    private void task(long caseId, School school, String element, String assignee, String group, String dueAt) {
        jdbc.update("insert into task (case_id, school_id, element_id, form, title_key, candidate_group, assignee,"
                + " created_at, due_at, state) select ?, ?, ?, 'conversation', 'task.follow-up-conversation', ?, ?, now(),"
                + " ?::timestamptz, 'OPEN' where not exists (select 1 from task where case_id = ? and element_id = ?"
                + " and state = 'OPEN')", caseId, school.id(), element, group, assignee, dueAt, caseId, element);
    }

    private List<WeekItem> of(WeekItem.Kind kind) {
        return AsUser.call("t-oc", "OC", week::mine).stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void the_overdue_plan_evaluation_is_in_the_week_marked_late_and_one_after_sunday_is_not() {
        List<WeekItem> evaluations = of(WeekItem.Kind.EVALUATION);
        assertThat(evaluations).filteredOn(i -> i.route().equals("leerling/" + late.id())).singleElement()
                .satisfies(i -> {
                    assertThat(i.overdue()).isTrue();
                    assertThat(i.text()).isEqualTo("Kimhw-week-late Test: evaluatie (Oranje: plan patronen doorbreken)");
                });
        assertThat(evaluations).extracting(WeekItem::route).doesNotContain("leerling/" + later.id());
    }

    @Test
    void thursdays_meeting_and_the_duo_deadline_of_friday_are_in_the_week_next_weeks_meeting_is_not() {
        assertThat(of(WeekItem.Kind.MEETING)).extracting(WeekItem::route, WeekItem::text)
                .contains(org.assertj.core.groups.Tuple.tuple("casusoverleg/overleg/" + meetingThisWeek,
                        "Casusoverleg op 11-3-2027 om 14:30, geen leerlingen op de agenda"))
                .allSatisfy(t -> assertThat((String) t.toArray()[1]).doesNotContain("18-3-2027"));
        assertThat(of(WeekItem.Kind.DUO_DEADLINE)).extracting(WeekItem::text)
                .contains("Kimhw-week-late Test: DUO-melding doen, uiterlijk 12-3-2027");
    }

    @Test
    void the_mentors_overdue_task_waits_on_the_mentor_and_the_ocs_own_task_links_to_its_form() {
        // the mentor's task due next Tuesday is not overdue: only yesterday's waits
        assertThat(of(WeekItem.Kind.WAITING_ON_OTHERS)).filteredOn(i -> i.text().contains("Kimhw-week-late"))
                .singleElement().satisfies(i -> {
                    assertThat(i.text()).isEqualTo("Vervolggesprek met leerling en ouders voor Kimhw-week-late Test:"
                            + " wacht op Tess Mentor");
                    assertThat(i.overdue()).isTrue();
                    assertThat(i.route()).isEqualTo("leerling/" + late.id());
                });
        assertThat(of(WeekItem.Kind.MY_TASK)).filteredOn(i -> i.text().contains("Kimhw-week-late")).singleElement()
                .satisfies(i -> {
                    assertThat(i.form()).isEqualTo("conversation");
                    assertThat(i.overdue()).isFalse();
                });
    }

    @Test
    void the_oc_of_another_school_sees_none_of_it_and_a_mentor_is_refused() {
        assertThat(AsUser.call("t-oc2", "OC", week::mine)).extracting(WeekItem::text)
                .noneMatch(t -> t.contains("hw-week"));
        assertThatThrownBy(() -> AsUser.call("t-mentor", "MENTOR", week::mine))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_page_shows_each_line_as_a_link_to_where_it_is_done() {
        navigate(MyWeekView.class);
        List<Anchor> links = $(Anchor.class).all();
        assertThat(links).extracting(Anchor::getHref).contains("leerling/" + late.id(),
                "casusoverleg/overleg/" + meetingThisWeek, "duo-meldingen");
        assertThat(links).filteredOn(a -> a.getText().equals("Kimhw-week-late Test: evaluatie (Oranje: plan patronen"
                + " doorbreken)")).hasSize(1);
    }
}
