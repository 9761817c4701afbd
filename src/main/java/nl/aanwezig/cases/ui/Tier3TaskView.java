package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import org.springframework.security.access.AccessDeniedException;

/**
 * A form of the tier-3 route opened from the inbox at {@code <route>/<taskId>}: shows the task's pupil, refuses in
 * Dutch when the task is not the user's, and on saving marks the fields the service's errors name (the service saves
 * all or nothing), or says so and goes back to the inbox.
 */
abstract class Tier3TaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final H2 title = new H2();
    final Paragraph subject = new Paragraph();
    final VerticalLayout form = new VerticalLayout();
    final Button save = new Button(getTranslation("common.save"));
    final Button cancel = new Button(getTranslation("common.cancel"), e -> toInbox());
    final Tier3Fields fields = new Tier3Fields();

    final transient TaskService tasks;
    long taskId;
    TaskItem task;

    Tier3TaskView(TaskService tasks, String titleKey) {
        this.tasks = tasks;
        title.setText(getTranslation(titleKey));
        form.setPadding(false);
        form.setMaxWidth("60rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(title, subject, form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.taskId = id;
        try {
            task = tasks.open(id);
            subject.setText(getTranslation(task.titleKey()) + " – " + task.pupilName() + " (" + task.leerling() + ")");
            show(task);
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    /** Fills the form for this task (figures, choices); called once the task is known to be the user's. */
    abstract void show(TaskItem task);

    /** Reads the form and hands it to the service; throws its refusals. */
    abstract void submit();

    void refuse(String text) {
        subject.setText(text);
        subject.addClassName("refusal");
        form.setVisible(false);
        save.setEnabled(false);
    }

    void save() {
        try {
            submit();
            markErrors(List.of());
            Notifications.success(getTranslation("tier3ui.saved"));
            toInbox();
        } catch (UserFacingException e) {
            notSaved(markErrors(e.messages()));
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    /** Marks the fields the messages name; returns the messages no field shows. */
    List<Message> markErrors(List<Message> messages) {
        return fields.mark(messages);
    }

    /** Says nothing was saved, with the messages no field shows. */
    static void notSaved(List<Message> unplaced) {
        String rest = unplaced.stream().map(Messages::text).collect(Collectors.joining(" "));
        Notifications.error((com.vaadin.flow.component.UI.getCurrent().getTranslation("tier3ui.notSaved") + " " + rest)
                .strip());
    }

    void toInbox() {
        getUI().ifPresent(ui -> ui.navigate("taken"));
    }

    static Component section(String heading, Component... parts) {
        VerticalLayout s = new VerticalLayout();
        s.setPadding(false);
        s.setSpacing(false);
        s.add(new com.vaadin.flow.component.html.H3(heading));
        s.add(parts);
        return s;
    }
}
