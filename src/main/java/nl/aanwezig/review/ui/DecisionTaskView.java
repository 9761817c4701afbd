package nl.aanwezig.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.review.DecisionService;
import nl.aanwezig.review.DecisionService.DecisionTask;
import org.springframework.security.access.AccessDeniedException;

/** The owner's task of a casusoverleg decision: what was decided, by when, and what was done. */
@Route("casusoverleg/besluit")
@PageTitle("Besluit uit casusoverleg – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class DecisionTaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph subject = new Paragraph();
    final Paragraph decision = new Paragraph();
    final Paragraph due = new Paragraph();
    final TextArea done = new TextArea(getTranslation("meeting.task.done"));
    final Button save = new Button(getTranslation("meeting.task.save"));

    private final transient DecisionService decisions;
    private long taskId;

    public DecisionTaskView(DecisionService decisions) {
        this.decisions = decisions;
        done.setWidthFull();
        done.setMinHeight("7em");
        done.setMaxLength(4000);
        done.setRequired(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("meeting.task.title")), subject, decision, due, done, new HorizontalLayout(save,
                new Button(getTranslation("common.back"), e -> getUI().ifPresent(ui -> ui.navigate("taken")))));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.taskId = id;
        try {
            DecisionTask t = decisions.open(id);
            subject.setText(getTranslation("meeting.task.subject", t.pupilName(), t.leerling(), Messages.date(t.meetingDate())));
            decision.setText(getTranslation("meeting.task.decision", t.description()));
            due.setText(getTranslation("meeting.task.due", Messages.date(t.dueOn())));
            if (!t.open()) {
                refuse(getTranslation("meeting.task.closed"));
            }
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    private void refuse(String text) {
        subject.setText(text);
        done.setVisible(false);
        save.setEnabled(false);
    }

    void save() {
        try {
            decisions.complete(taskId, done.getValue());
            Notifications.success(getTranslation("meeting.task.saved"));
            getUI().ifPresent(ui -> ui.navigate("taken"));
        } catch (UserFacingException e) {
            FieldErrors.mark(Map.of("done", done), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

}
