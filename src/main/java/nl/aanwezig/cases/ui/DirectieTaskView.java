package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.tasks.DirectieTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import org.springframework.security.access.AccessDeniedException;

/** An escalation for the school's directie (a DUO report not made in time): what happened, and "afgehandeld". */
@Route(value = "directie-taak", layout = MainLayout.class)
@PageTitle("Escalatie – Aanwezig")
@RolesAllowed("DIRECTIE")
public class DirectieTaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final Button handled = new Button();
    private final transient DirectieTasks tasks;
    private long taskId;

    public DirectieTaskView(DirectieTasks tasks) {
        this.tasks = tasks;
        handled.setText(getTranslation("directie.task.handled"));
        handled.addThemeVariants(ButtonVariant.PRIMARY);
        handled.addClickListener(e -> handle());
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        taskId = parameter;
        removeAll();
        try {
            TaskItem task = tasks.open(taskId);
            add(new H2(getTranslation(task.titleKey())),
                    new Paragraph(getTranslation("directie.task.intro", task.pupilName())));
            handled.setEnabled(task.open());
            add(handled);
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void handle() {
        try {
            tasks.handled(taskId);
            Notifications.success(getTranslation("directie.task.done"));
            getUI().ifPresent(ui -> ui.navigate(TasksView.class));
        } catch (UserFacingException e) {
            Notifications.error(e);
        }
    }
}
