package nl.aanwezig.legal.deviation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.deviation.DeviationRequest.Status;
import nl.aanwezig.legal.deviation.DeviationService;
import nl.aanwezig.legal.deviation.DeviationService.DeviationView;
import nl.aanwezig.legal.deviation.DeviationService.PupilChoice;
import org.springframework.security.access.AccessDeniedException;

/**
 * One onderwijstijd deviation request: the timetable asked for, the checklist, "ingediend bij de Inspectie (ISD)",
 * the decision, and withdrawing or ending it. Without an id: a new draft for a pupil of the school.
 */
@Route("afwijking")
@PageTitle("Aanvraag afwijking onderwijstijd – Aanwezig")
@RolesAllowed("OC")
public class DeviationRequestView extends VerticalLayout implements HasUrlParameter<Long> {

    final ComboBox<PupilChoice> pupil = new ComboBox<>(getTranslation("deviation.field.pupil"));
    final Paragraph status = new Paragraph();
    final Paragraph missing = new Paragraph();
    final TimetableFields timetable = new TimetableFields();
    final ChecklistFields checklist = new ChecklistFields();
    final Button save = new Button(getTranslation("deviation.save"));
    final DatePicker actionDate = DutchDates.picker(getTranslation("deviation.field.actionDate"));
    final Button submit = new Button(getTranslation("deviation.submit"));
    final Button approve = new Button(getTranslation("deviation.approve"));
    final Button reject = new Button(getTranslation("deviation.reject"));
    final Button withdraw = new Button(getTranslation("deviation.withdraw"));
    final Button end = new Button(getTranslation("deviation.end"));

    private final transient DeviationService deviations;
    private Long id;

    public DeviationRequestView(DeviationService deviations) {
        this.deviations = deviations;
        pupil.setItemLabelGenerator(p -> p.name() + " (" + p.leerling() + ")");
        pupil.setRequired(true);
        actionDate.setValue(LocalDate.now());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        submit.addClickListener(e -> act(() -> deviations.submit(id, actionDate.getValue()), "deviation.submitted"));
        approve.addClickListener(e -> act(() -> deviations.decide(id, true, actionDate.getValue()), "deviation.approved"));
        reject.addClickListener(e -> act(() -> deviations.decide(id, false, actionDate.getValue()), "deviation.rejected"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(e -> act(() -> deviations.withdraw(id), "deviation.withdrawn"));
        end.addClickListener(e -> act(() -> deviations.end(id, actionDate.getValue()), "deviation.ended"));
        add(new H2(getTranslation("deviation.request.title")), pupil, status, timetable,
                new H3(getTranslation("deviation.checklist.title")), missing, checklist, save,
                new H3(getTranslation("deviation.actions.title")), new Paragraph(getTranslation("deviation.actions.intro")),
                actionDate, new HorizontalLayout(submit, approve, reject, end, withdraw),
                new Button(getTranslation("common.back"), e -> getUI().ifPresent(ui -> ui.navigate(DeviationsView.class))));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long parameter) {
        this.id = parameter;
        try {
            if (id == null) {
                pupil.setItems(deviations.pupils());
                show(null);
            } else {
                show(deviations.get(id));
            }
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    private void show(DeviationView v) {
        boolean open = v == null || v.status() == Status.DRAFT || v.status() == Status.SUBMITTED;
        pupil.setVisible(v == null);
        if (v != null) {
            timetable.fill(v.form());
            checklist.fill(v.checklist());
            status.setText(getTranslation("deviation.request.status", v.pupilName(), v.leerling(),
                    getTranslation("deviation.status." + v.status())));
            missing.setText(v.checklist().complete() ? getTranslation("deviation.checklist.complete")
                    : getTranslation("deviation.checklist.missing", MissingText.list(v.checklist().missing())));
        }
        timetable.readOnly(!open);
        checklist.readOnly(!open);
        save.setEnabled(open);
        submit.setEnabled(v != null && v.status() == Status.DRAFT);
        approve.setEnabled(v != null && open);
        reject.setEnabled(v != null && open);
        end.setEnabled(v != null && v.status() == Status.APPROVED);
        withdraw.setEnabled(v != null && (open || v.status() == Status.APPROVED));
    }

    private void refuse(String text) {
        status.setText(text);
        timetable.setVisible(false);
        checklist.setVisible(false);
        List.of(save, submit, approve, reject, end, withdraw).forEach(b -> b.setEnabled(false));
    }

    void save() {
        try {
            if (id == null && pupil.getValue() == null) {
                throw new UserFacingException("deviation.error.pupilRequired");
            }
            long saved = deviations.save(id, id == null ? pupil.getValue().pupilId() : 0, timetable.read(), checklist.read());
            Notifications.success(getTranslation("deviation.saved"));
            if (id == null) {
                getUI().ifPresent(ui -> ui.navigate(DeviationRequestView.class, saved));
            } else {
                show(deviations.get(id));
            }
        } catch (UserFacingException e) {
            mark(e);
            Notifications.error(MissingText.refusal(e));
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
            show(deviations.get(id));
        } catch (UserFacingException e) {
            mark(e);
            Notifications.error(MissingText.refusal(e));
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void mark(UserFacingException e) {
        Map<String, HasValidation> fields = new HashMap<>(timetable.byMessage());
        fields.putAll(checklist.byMessage());
        fields.put("deviation.error.pupilRequired", pupil);
        fields.put("deviation.error.dateRequired", actionDate);
        fields.values().forEach(f -> f.setInvalid(false));
        for (UserFacingException.Message m : e.messages()) {
            HasValidation field = fields.get(m.key());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
        timetable.markWindow(e.messages());
    }
}
