package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.aanwezig.cases.tasks.TaskCreated;
import nl.aanwezig.cases.tasks.TaskFeed;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Mijn taken shows a task made for the signed-in user while the screen is open, without a reload (push). */
@IntegrationTest
@WithMockUser(username = "t-mentor", roles = "MENTOR")
class TasksPushTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired TestClock clock;

    /** steps.sync() fixed the app's clock at the engine's: later test classes get the real one back. */
    @AfterEach
    void resetClock() {
        clock.reset();
    }
    @Autowired TaskFeed feed;

    @Test
    void the_feed_tells_the_mentors_screen_of_a_task_made_for_them_after_it_is_committed() {
        steps.sync();
        List<TaskCreated> heard = new CopyOnWriteArrayList<>();
        TaskFeed.Subscription s = AsUser.call("t-mentor", "MENTOR", () -> feed.subscribe(heard::add));
        try {
            var route = routes.emptyChair("hm-push-2", "t-mentor");
            Eventually.until(() -> heard.stream().anyMatch(t -> t.taskId() == route.taskId()), Routes.WAIT,
                    "the feed told of task " + route.taskId());
            assertThat(heard).filteredOn(t -> t.taskId() == route.taskId()).singleElement()
                    .extracting(TaskCreated::assignee).isEqualTo("t-mentor");
        } finally {
            s.remove();
        }
    }

    @Test
    void a_new_task_for_the_signed_in_mentor_appears_in_the_open_inbox_without_a_reload() {
        steps.sync();
        TasksView view = navigate(TasksView.class);

        // the route makes the mentor's task on the engine's worker thread, after this screen was drawn
        var route = routes.emptyChair("hm-push-1", "t-mentor");

        Eventually.until(() -> {
            // runs what the feed queued with UI.access (this test thread holds the session), as push would
            VaadinSession session = VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
            roundTrip();
            return view.grid.getListDataView().getItems().map(TaskItem::taskId).anyMatch(id -> id == route.taskId());
        }, Routes.WAIT, "the new task in the open inbox");
        assertThat(view.empty.getText()).isEmpty();
    }
}
