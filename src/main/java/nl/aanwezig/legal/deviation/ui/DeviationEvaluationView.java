package nl.aanwezig.legal.deviation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
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
import nl.aanwezig.legal.deviation.DeviationEvaluationService;
import nl.aanwezig.legal.deviation.DeviationEvaluationService.EvaluationTask;
import nl.aanwezig.legal.deviation.DeviationEvaluationService.Outcome;
import nl.aanwezig.legal.deviation.DeviationService.DeviationView;
import org.springframework.security.access.AccessDeniedException;

/** The OC's evaluation before an approved deviation expires: extend (a new request), grow back, or end now. */
@Route("afwijking-evaluatie")
@PageTitle("Evaluatie afwijking onderwijstijd – Aanwezig")
@RolesAllowed("OC")
public class DeviationEvaluationView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph subject = new Paragraph();
    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>(getTranslation("deviation.evaluation.outcome"));
    final TextArea note = new TextArea(getTranslation("deviation.evaluation.note"));
    final Button save = new Button(getTranslation("deviation.evaluation.save"));

    private final transient DeviationEvaluationService evaluations;
    private long taskId;

    public DeviationEvaluationView(DeviationEvaluationService evaluations) {
        this.evaluations = evaluations;
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("deviation.outcome." + o));
        outcome.setRequired(true);
        note.setWidthFull();
        note.setMaxLength(DeviationEvaluationService.MAX_NOTE);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("deviation.evaluation.title")), subject, outcome, note, new HorizontalLayout(save,
                new Button(getTranslation("common.back"), e -> getUI().ifPresent(ui -> ui.navigate("taken")))));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.taskId = id;
        try {
            EvaluationTask t = evaluations.open(id);
            DeviationView d = t.deviation();
            subject.setText(getTranslation("deviation.evaluation.subject", d.pupilName(), d.leerling(),
                    d.form().hoursPerWeek().toPlainString(), Messages.date(d.form().validFrom()),
                    Messages.date(d.form().validTo())));
            if (!t.open()) {
                refuse(getTranslation("deviation.evaluation.closed"));
            }
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    private void refuse(String text) {
        subject.setText(text);
        outcome.setVisible(false);
        note.setVisible(false);
        save.setEnabled(false);
    }

    void save() {
        try {
            Long next = evaluations.complete(taskId, outcome.getValue(), note.getValue());
            Notifications.success(getTranslation("deviation.evaluation.saved"));
            getUI().ifPresent(ui -> {
                if (next != null) {
                    ui.navigate(DeviationRequestView.class, next);
                } else {
                    ui.navigate("taken");
                }
            });
        } catch (UserFacingException e) {
            outcome.setInvalid(e.messages().stream().anyMatch(m -> m.key().equals("deviation.error.outcomeRequired")));
            outcome.setErrorMessage(getTranslation("deviation.error.outcomeRequired"));
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
