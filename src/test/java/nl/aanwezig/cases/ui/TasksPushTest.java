package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Tier3Steps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Mijn taken shows a task made for the signed-in user while the screen is open, without a reload (push). */
@IntegrationTest
@WithMockUser(username = "t-mentor", roles = "MENTOR")
class TasksPushTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;

    @Test
    void a_new_task_for_the_signed_in_mentor_appears_in_the_open_inbox_without_a_reload() {
        steps.sync();
        TasksView view = navigate(TasksView.class);

        // the route makes the mentor's task on the engine's worker thread, after this screen was drawn
        var route = routes.emptyChair("hm-push-1", "t-mentor");

        Eventually.until(() -> {
            roundTrip(); // runs what the feed queued with UI.access, as a push round trip would
            return view.grid.getListDataView().getItems().map(TaskItem::taskId).anyMatch(id -> id == route.taskId());
        }, Routes.WAIT, "the new task in the open inbox");
        assertThat(view.empty.getText()).isEmpty();
    }
}
