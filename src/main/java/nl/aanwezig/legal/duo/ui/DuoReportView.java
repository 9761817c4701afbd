package nl.aanwezig.legal.duo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.datepicker.DatePicker;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoReportForm;
import nl.aanwezig.legal.duo.DuoReportService;
import nl.aanwezig.attendance.DuoReportKind;
import org.springframework.security.access.AccessDeniedException;

/** The OC's DUO report task: the dossier as a concept, made at DUO (date, reference) or withdrawn. */
@Route("duo-melding")
@PageTitle("Verzuimmelding – Aanwezig")
@RolesAllowed("OC")
public class DuoReportView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph pupil = new Paragraph();
    final Select<DuoReportKind> type = new Select<>();
    final DatePicker start = DutchDates.picker(getTranslation("duo.field.start"));
    final DatePicker end = DutchDates.picker(getTranslation("duo.field.end"));
    final IntegerField hours = new IntegerField(getTranslation("duo.field.hours"));
    final TextArea lessons = new TextArea(getTranslation("duo.field.lessons"));
    final TextArea reason = new TextArea(getTranslation("duo.field.reason"));
    final TextArea schoolActions = new TextArea(getTranslation("duo.field.schoolActions"));
    final DatePicker reportedOn = DutchDates.picker(getTranslation("duo.field.reportedOn"));
    final TextField reference = new TextField(getTranslation("duo.field.reference"));
    final TextArea withdrawReason = new TextArea(getTranslation("duo.field.withdrawReason"));
    final Button save = new Button(getTranslation("duo.save"));
    final Button report = new Button(getTranslation("duo.report"));
    final Button withdraw = new Button(getTranslation("duo.withdraw"));

    private final transient DuoReportService reports;
    private long taskId;

    public DuoReportView(DuoReportService reports) {
        this.reports = reports;
        save.addClickListener(e -> act(() -> reports.saveConcept(taskId, read()), "duo.saved"));
        report.addClickListener(e -> act(() -> reports.report(taskId, read()), "duo.reportedDone"));
        withdraw.addClickListener(e -> act(() -> reports.withdraw(taskId, withdrawReason.getValue()), "duo.withdrawnDone"));
        type.setLabel(getTranslation("duo.field.type"));
        type.setItems(DuoReportKind.values());
        type.setItemLabelGenerator(t -> getTranslation("duo.type." + t));
        report.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout form = new FormLayout(type, hours, start, end, lessons, reason, schoolActions, reportedOn, reference);
        form.setColspan(lessons, 2);
        form.setColspan(reason, 2);
        form.setColspan(schoolActions, 2);
        add(new H2(getTranslation("duo.form.title")), pupil, form, new HorizontalLayout(save, report), withdrawReason,
                withdraw);
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        taskId = parameter;
        try {
            show(reports.forTask(taskId));
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void show(DuoReport d) {
        pupil.setText(getTranslation("duo.form.pupil", d.pupilName(), d.leerling(), Messages.date(d.deadline())));
        type.setValue(d.type());
        start.setValue(d.startDate());
        end.setValue(d.endDate());
        hours.setValue(d.hours());
        lessons.setValue(d.lessons() == null ? "" : d.lessons());
        reason.setValue(d.reason() == null ? "" : d.reason());
        schoolActions.setValue(d.schoolActions() == null ? "" : d.schoolActions());
    }

    DuoReportForm read() {
        return new DuoReportForm(type.getValue(), start.getValue(), end.getValue(),
                hours.getValue() == null ? 0 : hours.getValue(), lessons.getValue(), reason.getValue(),
                schoolActions.getValue(), reportedOn.getValue(), reference.getValue());
    }

    private void act(Runnable work, String doneKey) {
        try {
            work.run();
            Notifications.success(getTranslation(doneKey));
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
