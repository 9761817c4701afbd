package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import nl.aanwezig.legal.exemption.DecisionCorrections;
import nl.aanwezig.legal.exemption.ExemptionDetails;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.legal.exemption.Outcome;
import nl.aanwezig.legal.exemption.PanelService;
import org.springframework.security.access.AccessDeniedException;

/**
 * One exemption: what the panel reads; leerplicht keeps the DUO date and records the panel's review; a jeugdarts may
 * show the medical grounds.
 */
@Route("vrijstellingen/dossier")
@PageTitle("Vrijstelling – Aanwezig")
@RolesAllowed({"LEERPLICHT", "SWV", "JEUGDARTS"})
public class ExemptionDossierView extends VerticalLayout implements HasUrlParameter<Long> {

    final DossierSummary summary = new DossierSummary();
    final DatePicker duoDate = new DatePicker(getTranslation("exemption.dossier.duoDate"));
    final Button duoSave = new Button(getTranslation("exemption.dossier.duoSave"));
    final DatePicker reviewedOn = new DatePicker(getTranslation("exemption.review.reviewedOn"));
    final TextArea conclusion = new TextArea(getTranslation("exemption.review.conclusion"));
    final Button reviewSave = new Button(getTranslation("exemption.review.save"));
    final Button medicalShow = new Button(getTranslation("exemption.dossier.medicalShow"));
    final Paragraph medical = new Paragraph();
    final HorizontalLayout duoRow = new HorizontalLayout(duoDate, duoSave);
    final VerticalLayout reviewForm = new VerticalLayout(reviewedOn, conclusion, reviewSave);

    final CorrectionPanel correction;

    private final transient ExemptionService service;
    private final transient PanelService panel;
    private long id;

    public ExemptionDossierView(ExemptionService service, PanelService panel, DecisionCorrections corrections) {
        this.service = service;
        this.panel = panel;
        this.correction = new CorrectionPanel(corrections, () -> show(service.open(id)));
        conclusion.setWidthFull();
        conclusion.setMaxLength(4000);
        duoRow.setAlignItems(Alignment.BASELINE);
        reviewForm.setPadding(false);
        duoSave.addClickListener(e -> saveDuo());
        reviewSave.addClickListener(e -> saveReview());
        medicalShow.addClickListener(e -> showMedical());
        add(summary, correction, duoRow, reviewForm, medicalShow, medical);
    }

    @Override
    public void setParameter(BeforeEvent event, Long exemptionId) {
        this.id = exemptionId;
        try {
            show(service.open(exemptionId));
        } catch (AccessDeniedException e) {
            removeAll();
            add(new Paragraph(getTranslation("common.noAccess")));
        } catch (UserFacingException e) {
            removeAll();
            add(new Paragraph(nl.aanwezig.base.Messages.text(e.messages().get(0))));
        }
    }

    private void show(ExemptionDetails d) {
        summary.show(d);
        correction.show(id, d);
        duoRow.setVisible(d.mayDecide() && d.exemption().outcome() == Outcome.GRANTED);
        duoDate.setValue(d.exemption().duoRegisteredOn());
        reviewForm.setVisible(d.mayDecide() && d.exemption().outcome() == Outcome.GRANTED);
        medicalShow.setVisible(d.medicalReadable());
    }

    void saveDuo() {
        try {
            service.registeredAtDuo(id, duoDate.getValue());
            Notifications.success(getTranslation("common.saved"));
            show(service.open(id));
        } catch (UserFacingException e) {
            FieldMarks.mark(Map.of("duoRegisteredOn", duoDate), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    void saveReview() {
        try {
            panel.recordReview(id, reviewedOn.getValue(), conclusion.getValue());
            Notifications.success(getTranslation("exemption.review.saved"));
            conclusion.clear();
            show(service.open(id));
        } catch (UserFacingException e) {
            FieldMarks.mark(Map.of("reviewedOn", reviewedOn, "conclusion", conclusion), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    void showMedical() {
        try {
            medical.setText(getTranslation("exemption.dossier.medical") + ": " + service.medicalGrounds(id));
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
