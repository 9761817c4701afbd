package nl.aanwezig.cases.ui;

import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.tasks.TaskService;

/**
 * Another conversation on a pupil's open case, without a task (a referred pupil the mentor keeps talking with):
 * the same form, it lands on the timeline and changes neither task nor stage. The service checks the access.
 */
@Route("gesprek-extra")
@PageTitle("Extra gesprek vastleggen – Aanwezig")
@RolesAllowed({"MENTOR", "OC"})
public class ExtraConversationView extends ConversationView {

    private long pupilId;

    public ExtraConversationView(TaskService tasks, ConversationService conversations, Clock clock) {
        super(tasks, conversations, clock);
        title.setText(getTranslation("fix.conversation.extra.title"));
        outcome.setHelperText(getTranslation("fix.conversation.extra.outcomeHelper"));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.pupilId = id;
        pupil.setText(getTranslation("fix.conversation.extra.intro"));
    }

    @Override
    void store(ConversationForm f) {
        conversations.logExtra(pupilId, f);
        Notifications.success(getTranslation("fix.conversation.extra.saved"));
        getUI().ifPresent(ui -> ui.navigate(PupilView.class, pupilId));
    }

    @Override
    String cancelRoute() {
        return "leerling/" + pupilId;
    }
}
