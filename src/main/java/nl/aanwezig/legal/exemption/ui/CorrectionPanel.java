package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.FieldMarks;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.exemption.DecisionCorrections;
import nl.aanwezig.legal.exemption.ExemptionDetails;
import org.springframework.security.access.AccessDeniedException;

/**
 * Correcting a decision on the dossier: the corrected choice with the reason for the correction, confirmed before it
 * counts; the earlier decision stays in the dossier's history.
 */
class CorrectionPanel extends VerticalLayout {

    final Button open = new Button(getTranslation("exemption.correct.open"));
    final DecisionFields fields = new DecisionFields("exemption.correct.reason");
    final Button save = new Button(getTranslation("exemption.correct.save"));
    final ConfirmDialog confirm = new ConfirmDialog();
    private final VerticalLayout form = new VerticalLayout(new H3(getTranslation("exemption.correct.title")),
            new Paragraph(getTranslation("exemption.correct.intro")), fields, save);

    private final transient DecisionCorrections corrections;
    private final transient Runnable done;
    private long id;

    CorrectionPanel(DecisionCorrections corrections, Runnable done) {
        this.corrections = corrections;
        this.done = done;
        setPadding(false);
        form.setPadding(false);
        form.setVisible(false);
        open.addClickListener(e -> {
            form.setVisible(true);
            open.setVisible(false);
        });
        save.addClickListener(e -> check());
        confirm.setHeader(getTranslation("exemption.correct.confirmHeader"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("exemption.confirm.cancel"));
        confirm.setConfirmText(getTranslation("exemption.correct.confirmOk"));
        confirm.addConfirmListener(e -> correct());
        add(open, form);
    }

    void show(long exemptionId, ExemptionDetails d) {
        this.id = exemptionId;
        setVisible(d.mayCorrect());
        fields.showCurrent(d.exemption());
        form.setVisible(false);
        open.setVisible(true);
    }

    void check() {
        try {
            corrections.check(id, fields.value());
            confirm.setText(fields.summary());
            confirm.open();
        } catch (UserFacingException e) {
            FieldMarks.mark(fields.marks(), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    void correct() {
        try {
            corrections.correct(id, fields.value());
            Notifications.success(getTranslation("exemption.correct.saved"));
            done.run();
        } catch (UserFacingException e) {
            FieldMarks.mark(fields.marks(), e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
