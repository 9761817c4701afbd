package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import org.springframework.security.access.AccessDeniedException;

/** The mentor logs the conversation with pupil and parents; saving completes the task. */
@Route("gesprek")
@PageTitle("Gesprek vastleggen – Aanwezig")
@RolesAllowed({"MENTOR", "OC"})
public class ConversationView extends VerticalLayout implements HasUrlParameter<Long> {

    final H2 title = new H2();
    final Paragraph pupil = new Paragraph();
    final DatePicker heldOn = DutchDates.picker(getTranslation("conversation.heldOn"));
    final Checkbox withPupil = new Checkbox(getTranslation("conversation.withPupil"));
    final Checkbox withParents = new Checkbox(getTranslation("conversation.withParents"));
    final TextField others = new TextField(getTranslation("conversation.otherParticipants"));
    final ParticipantsGroup participants = new ParticipantsGroup(getTranslation("conversation.participants"));
    final CheckboxGroup<Topic> topics = new CheckboxGroup<>(getTranslation("conversation.topics"));
    final TextArea agreements = new TextArea(getTranslation("conversation.agreements"));
    final DatePicker followUp = DutchDates.picker(getTranslation("conversation.followUpDate"));
    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("conversation.outcome"));
    final Button save = new Button(getTranslation("common.save"));
    final FormLayout form = new FormLayout();

    private final transient TaskService tasks;
    final transient ConversationService conversations;
    private final transient Clock clock;
    private long taskId;

    public ConversationView(TaskService tasks, ConversationService conversations, Clock clock) {
        this.tasks = tasks;
        this.conversations = conversations;
        this.clock = clock;
        title.setText(getTranslation("conversation.title"));
        heldOn.setValue(LocalDate.now(clock));
        heldOn.setMax(LocalDate.now(clock));
        heldOn.setRequired(true);
        followUp.setMin(LocalDate.now(clock));
        topics.setItems(Topic.values());
        topics.setItemLabelGenerator(t -> getTranslation("topic." + t));
        topics.setRequired(true);
        agreements.setRequired(true);
        agreements.setMaxLength(4000);
        agreements.setMinHeight("8em");
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("outcome." + o));
        outcome.setRequired(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        participants.addChoices(new HorizontalLayout(withPupil, withParents), others);
        form.add(heldOn, participants, topics, agreements, followUp, outcome);
        form.setColspan(participants, 2);
        form.setColspan(topics, 2);
        form.setColspan(agreements, 2);
        form.setColspan(outcome, 2);
        add(title, pupil, form, new HorizontalLayout(save,
                new Button(getTranslation("common.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(cancelRoute())))));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.taskId = id;
        try {
            TaskItem task = tasks.open(id);
            pupil.setText(getTranslation(task.titleKey()) + " – " + task.pupilName() + " (" + task.leerling() + ")");
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(e.messages().stream().map(Messages::text).findFirst().orElse(""));
        }
    }

    void refuse(String text) {
        form.setVisible(false);
        save.setEnabled(false);
        pupil.setText(text);
        pupil.addClassName("refusal");
    }

    ConversationForm read() {
        return new ConversationForm(heldOn.getValue(), withPupil.getValue(), withParents.getValue(), others.getValue(),
                topics.getValue(), agreements.getValue(), followUp.getValue(), outcome.getValue());
    }

    void save() {
        ConversationForm f = read();
        List<Message> errors = f.validate(LocalDate.now(clock));
        markInvalid(errors);
        if (!errors.isEmpty()) {
            Notifications.error(getTranslation("conversation.error.fix"));
            return;
        }
        try {
            store(f);
        } catch (UserFacingException e) {
            markInvalid(e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    /** Saves the conversation; this one completes the task it was opened for. */
    void store(ConversationForm f) {
        conversations.log(taskId, f);
        Notifications.success(getTranslation("conversation.saved"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    String cancelRoute() {
        return "taken";
    }

    private void markInvalid(List<Message> errors) {
        Map<String, HasValidation> fields = Map.of("heldOn", heldOn, "participants", participants, "topics", topics,
                "agreements", agreements, "outcome", outcome, "followUp", followUp);
        fields.values().forEach(f -> f.setInvalid(false));
        others.setInvalid(false);
        for (Message m : errors) {
            String[] parts = m.key().split("\\.");
            // too long a list of others is that field's own error; no one at all is the group's
            HasValidation field = m.key().endsWith("participants.tooLong") ? others
                    : parts.length > 2 ? fields.get(parts[2]) : null;
            if (field != null) {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
    }
}
