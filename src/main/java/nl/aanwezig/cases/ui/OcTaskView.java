package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.workflow.LegeStoelProcess;
import nl.aanwezig.workflow.MazlProcess;
import org.springframework.security.access.AccessDeniedException;

/** A task completed with a note and a decision (OC, jeugdarts, leerplicht). */
@Route("oc-taak")
@PageTitle("Taak – Aanwezig")
@RolesAllowed({"OC", "JEUGDARTS", "LEERPLICHT", "SWV"})
public class OcTaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph subject = new Paragraph();
    final TextArea note = new TextArea(getTranslation("oc.note"));
    final TextArea medicalNote = new TextArea(getTranslation("medical.field"));
    final RadioButtonGroup<OcDecision> decision = new RadioButtonGroup<>(getTranslation("oc.decision"));
    final Button save = new Button(getTranslation("common.save"));
    final Button dossier = new Button(getTranslation("today.openDossier"));

    final VerticalLayout mentorWrote = new VerticalLayout();
    final SickReportsBlock sickReports = new SickReportsBlock();

    private final transient TaskService tasks;
    private final transient OcTaskService ocTasks;
    private final transient ConversationService conversations;
    private long taskId;

    public OcTaskView(TaskService tasks, OcTaskService ocTasks, ConversationService conversations) {
        this.tasks = tasks;
        this.ocTasks = ocTasks;
        this.conversations = conversations;
        mentorWrote.setPadding(false);
        mentorWrote.addClassName("mentor-wrote");
        mentorWrote.setVisible(false);
        note.setWidthFull();
        note.setMinHeight("8em");
        note.setRequired(true);
        note.setMaxLength(4000);
        decision.setItemLabelGenerator(d -> getTranslation("oc.decision." + d));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        medicalNote.setWidthFull();
        medicalNote.setMaxLength(4000);
        medicalNote.setHelperText(getTranslation("medical.helper"));
        medicalNote.setVisible(false);
        add(new H2(getTranslation("oc.title")), subject, sickReports, mentorWrote, note, medicalNote, decision, new HorizontalLayout(save, dossier));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.taskId = id;
        try {
            TaskItem task = tasks.open(id);
            subject.setText(getTranslation(task.titleKey()) + " – " + task.pupilName() + " (" + task.leerling() + ")");
            decision.setItems(ocTasks.decisionsOf(id));
            // the advice goes on the shared timeline; its medical grounds only in the jeugdarts's notes
            medicalNote.setVisible(MazlProcess.FORM_ADVICE.equals(task.form()));
            if (medicalNote.isVisible()) {
                note.setLabel(getTranslation("medical.advice"));
            }
            // an M@ZL task shows the sick reports behind the signal: dates, number of reports, lessons and minutes
            if (MazlProcess.FORM_ADVICE.equals(task.form()) || MazlProcess.FORM_OC.equals(task.form())) {
                sickReports.show(ocTasks.sickReports(id));
            }
            dossier.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PupilView.class, task.pupilId())));
            if (LegeStoelProcess.FORM_INTAKE.equals(task.form())) {
                showMentorsConversation();
            }
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    /** A referral is decided on what the mentor wrote: the latest conversation of the case, in full. */
    private void showMentorsConversation() {
        mentorWrote.removeAll();
        mentorWrote.add(new H3(getTranslation("fix.oc.mentorWrote")));
        conversations.latestOfTask(taskId).ifPresentOrElse(
                c -> mentorWrote.add(new ConversationCard(c, this::getTranslation)),
                () -> mentorWrote.add(new Paragraph(getTranslation("fix.conversation.none"))));
        mentorWrote.setVisible(true);
    }

    private void refuse(String text) {
        subject.setText(text);
        note.setVisible(false);
        decision.setVisible(false);
        save.setEnabled(false);
        dossier.setVisible(false);
    }

    void save() {
        note.setInvalid(false);
        decision.setInvalid(false);
        try {
            ocTasks.complete(taskId, note.getValue(), decision.getValue(),
                    medicalNote.isVisible() ? medicalNote.getValue() : null);
            Notifications.success(getTranslation("oc.saved"));
            getUI().ifPresent(ui -> ui.navigate("taken"));
        } catch (UserFacingException e) {
            markInvalid(e);
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    /** The field a refusal is about is marked with the message, not only the pop-up. */
    private void markInvalid(UserFacingException e) {
        for (var m : e.messages()) {
            HasValidation field = m.key().startsWith("oc.error.note") ? note
                    : m.key().startsWith("oc.error.decision") ? decision
                    : m.key().startsWith("medical.error") ? medicalNote : null;
            if (field != null) {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
    }
}
