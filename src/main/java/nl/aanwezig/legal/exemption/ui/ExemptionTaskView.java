package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.FieldMarks;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.exemption.Exemption;
import nl.aanwezig.legal.exemption.ExemptionSteps;
import nl.aanwezig.legal.exemption.ExemptionSteps.TaskContext;
import nl.aanwezig.legal.exemption.PanelService;
import nl.aanwezig.legal.exemption.ReviewCalendar;
import nl.aanwezig.workflow.ExemptionProcess;
import org.springframework.security.access.AccessDeniedException;

/**
 * Leerplicht's task of an exemption's route, opened from the inbox: the decision, the panel's review, the renewal
 * reminder (with a note for the parents) or the end of the period.
 */
@Route("vrijstellingen/taak")
@PageTitle("Vrijstelling – taak – Aanwezig")
@RolesAllowed("LEERPLICHT")
public class ExemptionTaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final DossierSummary summary = new DossierSummary();
    final DecisionFields decision = new DecisionFields("exemption.decision.reason");
    final ConfirmDialog confirm = new ConfirmDialog();
    final DatePicker reviewedOn = new DatePicker(getTranslation("exemption.review.reviewedOn"));
    final TextArea conclusion = new TextArea(getTranslation("exemption.review.conclusion"));
    final Paragraph intro = new Paragraph();
    final Paragraph parentNote = new Paragraph();
    final Button save = new Button();

    private final transient ExemptionSteps steps;
    private final transient PanelService panel;
    private TaskContext context;

    public ExemptionTaskView(ExemptionSteps steps, PanelService panel) {
        this.steps = steps;
        this.panel = panel;
        conclusion.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        confirm.setHeader(getTranslation("exemption.confirm.header"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("exemption.confirm.cancel"));
        confirm.setConfirmText(getTranslation("exemption.confirm.ok"));
        confirm.addConfirmListener(e -> finish());
        add(summary, intro, parentNote, decision, reviewedOn, conclusion, save);
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        try {
            context = steps.openTask(taskId);
            summary.show(context.details());
            layoutFor(context.task().form(), context.details().exemption());
            if (!context.task().open()) {
                refuse(getTranslation("exemption.task.closed"));
            }
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(nl.aanwezig.base.Messages.text(e.messages().get(0)));
        }
    }

    private void layoutFor(String form, Exemption e) {
        decision.setVisible(ExemptionProcess.FORM_EXEMPTION_DECISION.equals(form));
        reviewedOn.setVisible(ExemptionProcess.FORM_EXEMPTION_REVIEW.equals(form));
        conclusion.setVisible(ExemptionProcess.FORM_EXEMPTION_REVIEW.equals(form));
        save.setText(getTranslation(switch (form) {
            case ExemptionProcess.FORM_EXEMPTION_DECISION -> "exemption.decision.save";
            case ExemptionProcess.FORM_EXEMPTION_REVIEW -> "exemption.review.save";
            default -> "exemption.task.handled";
        }));
        if (ExemptionProcess.FORM_EXEMPTION_RENEWAL.equals(form) && e.validTo() != null) {
            String deadline = Labels.date(ReviewCalendar.renewalDeadline(e.validTo()));
            intro.setText(getTranslation("exemption.renewal.intro", Labels.date(e.validTo()), deadline));
            parentNote.setText(getTranslation("exemption.renewal.parentNote", context.details().pupilName(),
                    Labels.date(e.validTo()), deadline));
        } else if (ExemptionProcess.FORM_EXEMPTION_ENDED.equals(form)) {
            intro.setText(getTranslation("exemption.ended.intro", Labels.date(e.validTo())));
        }
    }

    private void refuse(String text) {
        intro.setText(text);
        decision.setVisible(false);
        reviewedOn.setVisible(false);
        conclusion.setVisible(false);
        save.setEnabled(false);
    }

    /** A decision is checked, then confirmed before it is final; the other tasks save at once. */
    void save() {
        if (!ExemptionProcess.FORM_EXEMPTION_DECISION.equals(context.task().form())) {
            finish();
            return;
        }
        try {
            steps.checkDecision(context.task().id(), decision.value());
            confirm.setText(decision.summary());
            confirm.open();
        } catch (UserFacingException e) {
            FieldMarks.mark(decision.marks(), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    void finish() {
        String form = context.task().form();
        try {
            switch (form) {
                case ExemptionProcess.FORM_EXEMPTION_DECISION -> steps.decide(context.task().id(), decision.value());
                case ExemptionProcess.FORM_EXEMPTION_REVIEW -> panel.recordReview(context.task().exemptionId(),
                        reviewedOn.getValue(), conclusion.getValue());
                default -> steps.handled(context.task().id());
            }
            Notifications.success(getTranslation("exemption.task.saved"));
            getUI().ifPresent(ui -> ui.navigate("taken"));
        } catch (UserFacingException e) {
            Map<String, com.vaadin.flow.component.HasValidation> fields = new java.util.HashMap<>(decision.marks());
            fields.putAll(Map.of("reviewedOn", reviewedOn, "conclusion", conclusion));
            FieldMarks.mark(fields, e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
