package nl.aanwezig.chainreview.ui;

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
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.ReviewView;
import org.springframework.security.access.AccessDeniedException;

/** The owner's task of what a chain review asked: an action, a deadlock to break, or a rode-draad recommendation. */
@Route("ketenoverleg/afspraak")
@PageTitle("Afspraak uit het ketenoverleg – Aanwezig")
@RolesAllowed({"SWV", "LEERPLICHT", "JEUGDARTS", "OC"})
public class ActionTaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph kind = new Paragraph();
    final Paragraph description = new Paragraph();
    final Paragraph subject = new Paragraph();
    final Paragraph school = new Paragraph();
    final Paragraph due = new Paragraph();
    final TextArea outcome = new TextArea(getTranslation("chainreview.ui.task.outcome"));
    final Button complete = new Button(getTranslation("chainreview.ui.task.complete"));
    final FormErrors errors = new FormErrors();

    private final transient ReviewActions actions;
    private long taskId;

    public ActionTaskView(ReviewActions actions) {
        this.actions = actions;
        outcome.setWidthFull();
        outcome.setMinHeight("7em");
        outcome.setRequired(true);
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.addClickListener(e -> complete());
        add(new H2(getTranslation("chainreview.ui.task.title")), kind, description, subject, school, due, outcome, errors,
                new HorizontalLayout(complete, new Button(getTranslation("common.back"), e -> toTasks())));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.taskId = id;
        try {
            ReviewView.Action a = actions.actionOfTask(id);
            kind.setText(getTranslation("chainreview.ui.task.kind", ReviewTexts.kind(a.kind())));
            description.setText(getTranslation("chainreview.ui.task.description", a.description()));
            subject.setText(a.subject() == null ? "" : getTranslation("chainreview.ui.task.subject", a.subject()));
            school.setText(a.school() == null ? "" : getTranslation("chainreview.ui.task.school", a.school()));
            due.setText(getTranslation("chainreview.ui.task.due", Messages.date(a.dueOn())));
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    void complete() {
        if (errors.attempt(() -> actions.complete(taskId, outcome.getValue()))) {
            Notifications.success(getTranslation("chainreview.ui.task.completed"));
            toTasks();
        } else {
            outcome.setInvalid(true);
            outcome.setErrorMessage(errors.getText());
        }
    }

    private void refuse(String text) {
        kind.setText(text);
        outcome.setVisible(false);
        complete.setEnabled(false);
    }

    private void toTasks() {
        getUI().ifPresent(ui -> ui.navigate("taken"));
    }
}
