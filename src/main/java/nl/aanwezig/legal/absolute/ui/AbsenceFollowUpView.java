package nl.aanwezig.legal.absolute.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.FieldMarks;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.absolute.AbsenceFollowUps;
import nl.aanwezig.legal.absolute.AbsenceFollowUps.TaskContext;
import nl.aanwezig.legal.absolute.AbsenceStatus;
import nl.aanwezig.legal.absolute.AbsoluteAbsence;
import org.springframework.security.access.AccessDeniedException;

/**
 * Leerplicht's follow-up of a child without a school, opened from the inbox: how it stands now. "Still at home" needs
 * what is being done next, and brings the next follow-up in four weeks; any other status ends the route.
 */
@Route("absoluut-verzuim/opvolgen")
@PageTitle("Absoluut verzuim – opvolgen – Aanwezig")
@RolesAllowed("LEERPLICHT")
public class AbsenceFollowUpView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph intro = new Paragraph();
    final RadioButtonGroup<AbsenceStatus> status = new RadioButtonGroup<>(getTranslation("absolute.followUp.status"));
    final DatePicker statusOn = DutchDates.picker(getTranslation("absolute.followUp.statusOn"));
    final TextField enrolledAt = new TextField(getTranslation("absolute.followUp.enrolledAt"));
    final TextArea note = new TextArea(getTranslation("absolute.followUp.note"));
    final Button save = new Button(getTranslation("absolute.followUp.save"));

    private final transient AbsenceFollowUps followUps;
    private long taskId;

    public AbsenceFollowUpView(AbsenceFollowUps followUps) {
        this.followUps = followUps;
        status.setItems(AbsenceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("absolute.status." + s.name()));
        status.addValueChangeListener(e -> enrolledAt.setVisible(e.getValue() == AbsenceStatus.ENROLLED
                || e.getValue() == AbsenceStatus.OTHER_ARRANGEMENT));
        enrolledAt.setVisible(false);
        note.setMaxLength(2000);
        note.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("absolute.followUp.title")), intro, status, statusOn, enrolledAt, note, save);
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        this.taskId = taskId;
        try {
            TaskContext context = followUps.openTask(taskId);
            AbsoluteAbsence a = context.record();
            intro.setText(getTranslation("absolute.followUp.intro", a.name(), Messages.date(a.birthDate()),
                    Messages.date(a.since()), context.weeksAtHome(), a.action()));
            status.setValue(a.status());
            statusOn.setValue(context.today());
            if (!context.task().open()) {
                refuse(getTranslation("absolute.followUp.closed"));
            }
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    private void refuse(String text) {
        intro.setText(text);
        status.setVisible(false);
        statusOn.setVisible(false);
        enrolledAt.setVisible(false);
        note.setVisible(false);
        save.setEnabled(false);
    }

    void save() {
        try {
            followUps.followUp(taskId, status.getValue(), statusOn.getValue(), enrolledAt.getValue(), note.getValue());
            Notifications.success(getTranslation("absolute.followUp.saved"));
            getUI().ifPresent(ui -> ui.navigate("taken"));
        } catch (UserFacingException e) {
            FieldMarks.mark(Map.<String, HasValidation>of("status", status, "statusOn", statusOn, "enrolledAt", enrolledAt,
                    "action", note), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
