package nl.aanwezig.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.timeline.CaseEvent;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.LegeStoelProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** "Gesprek starten" / "Zorg melden" without a signal: the same route as an empty chair, once a day, audited. */
@IntegrationTest
class CaseStartsIntegrationTest {

    @Autowired CaseStarts starts;
    @Autowired Cases cases;
    @Autowired CaseEvents events;
    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired TestClock clock;

    /** steps.sync() fixed the app's clock at the engine's: later test classes get the real one back. */
    @AfterEach
    void resetClock() {
        clock.reset();
    }
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_mentor_starts_a_conversation_for_an_own_pupil_with_a_reason_and_gets_the_conversation_task_once() {
        steps.sync();
        Pupil pupil = data.pupil(routes.school(), "hm-start-1", "2B", "t-mentor");

        boolean opened = AsUser.call("t-mentor", "MENTOR", () -> starts.start(pupil.id(), CaseStarts.Kind.CONVERSATION,
                "Moeder belde: hij slaapt slecht en wil niet naar school."));
        boolean again = AsUser.call("t-mentor", "MENTOR", () -> starts.start(pupil.id(), CaseStarts.Kind.CONVERSATION,
                "Moeder belde: hij slaapt slecht en wil niet naar school."));

        assertThat(opened).isTrue();
        assertThat(again).isFalse();
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask task = routes.openTask(c.id(), LegeStoelProcess.CONTACT_PUPIL);
        assertThat(task.assignee()).isEqualTo("t-mentor");
        assertThat(routes.openTasks(c.id(), LegeStoelProcess.CONTACT_PUPIL)).hasSize(1);
        assertThat(events.findByCaseIdOrderByIdAsc(c.id())).extracting(CaseEvent::summary)
                .contains("Gesprek gestart zonder signaal: Moeder belde: hij slaapt slecht en wil niet naar school.");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = 't-mentor' and pupil_id = ? "
                + "and action = 'CASE_START_CONVERSATION' and allowed", Integer.class, pupil.id())).isEqualTo(2);
    }

    @Test
    void a_reason_is_required_and_nothing_is_opened_without_it() {
        Pupil pupil = data.pupil(routes.school(), "hm-start-2", "2B", "t-mentor");

        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> starts.start(pupil.id(), CaseStarts.Kind.CONCERN, " ")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messages().get(0).key()).isEqualTo("p2.start.error.reason"));
        assertThat(cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN)).isEmpty();
    }

    @Test
    void another_schools_oc_and_a_mentor_of_other_pupils_cannot_start_a_case() {
        Pupil pupil = data.pupil(routes.school(), "hm-start-3", "2B", "t-mentor");

        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> starts.start(pupil.id(), CaseStarts.Kind.CONCERN,
                "Zorgen over thuis."))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-mentor2", "MENTOR", () -> starts.start(pupil.id(),
                CaseStarts.Kind.CONVERSATION, "Zorgen over thuis."))).isInstanceOf(AccessDeniedException.class);
        assertThat(cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN)).isEmpty();
    }
}
