package nl.aanwezig.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Settled;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.FollowUpProcess;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** "Datum vervolg": planned on the pupil page until the date, then a task for whoever held the conversation. */
@IntegrationTest
class FollowUpIntegrationTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired ConversationService conversations;
    @Autowired FollowUps followUps;
    @Autowired TaskService tasks;
    @Autowired DurableEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_follow_up_date_gives_the_mentor_a_task_on_that_date_and_shows_as_planned_until_then() {
        steps.sync();
        var route = routes.emptyChair("hm-followup-1", "t-mentor");
        LocalDate on = steps.today().plusDays(7);
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(on, Outcome.REFER)));
        Settled.await(engine, jdbc, Routes.WAIT);

        assertThat(routes.openTasks(route.caseId(), FollowUpProcess.TASK)).as("not before the date").isEmpty();
        assertThat(AsUser.call("t-mentor", "MENTOR", () -> followUps.planned(route.pupil().id())))
                .extracting(FollowUps.Planned::on).containsExactly(on);

        steps.advance(Duration.ofDays(8));
        CaseTask task = routes.openTask(route.caseId(), FollowUpProcess.TASK);
        assertThat(task.assignee()).isEqualTo("t-mentor");
        assertThat(task.dueAt().atZone(TimeConfig.SCHOOL_ZONE).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        assertThat(AsUser.call("t-mentor", "MENTOR", () -> tasks.inbox())).extracting(TaskItem::taskId)
                .contains(task.id());
        assertThat(AsUser.call("t-mentor", "MENTOR", () -> followUps.planned(route.pupil().id()))).isEmpty();
    }

    @Test
    void a_follow_up_date_in_the_past_is_refused_and_nothing_is_planned() {
        steps.sync();
        var route = routes.emptyChair("hm-followup-2", "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(null, Outcome.REFER)));

        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> conversations.logExtra(route.pupil().id(),
                form(steps.today().minusDays(1), Outcome.WATCH))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages())
                        .extracting(UserFacingException.Message::key).contains("conversation.error.followUp.past"));
        assertThat(AsUser.call("t-mentor", "MENTOR", () -> followUps.planned(route.pupil().id()))).isEmpty();
    }

    private ConversationForm form(LocalDate followUp, Outcome outcome) {
        return new ConversationForm(steps.today(), true, true, null,
                EnumSet.of(Topic.SLEEP), "Afspraak: elke ochtend om 8 uur op.", followUp, outcome);
    }
}
