package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.FieldMarks;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.exemption.ExemptionSteps;
import nl.aanwezig.legal.exemption.ExemptionSteps.TaskContext;
import org.springframework.security.access.AccessDeniedException;

/** The jeugdarts writes the statement: the medical grounds apart from what the panel reads. */
@Route("vrijstellingen/verklaring")
@PageTitle("Verklaring vrijstelling – Aanwezig")
@RolesAllowed("JEUGDARTS")
public class StatementTaskView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph subject = new Paragraph();
    final StatementFields statement = new StatementFields();
    final TextArea medical = new TextArea(getTranslation("exemption.statement.medical"));
    final Button save = new Button(getTranslation("exemption.statement.save"));
    private final transient ExemptionSteps steps;
    private long taskId;

    public StatementTaskView(ExemptionSteps steps) {
        this.steps = steps;
        medical.setWidthFull();
        medical.setRequired(true);
        medical.setMaxLength(8000);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("exemption.statement.title")), subject, statement, medical, save);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.taskId = id;
        try {
            TaskContext t = steps.openTask(id);
            subject.setText(getTranslation("exemption.dossier.title", t.details().pupilName(), t.details().leerling(),
                    t.details().schoolBrin()));
            if (!t.task().open()) {
                refuse(getTranslation("exemption.task.closed"));
            }
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(nl.aanwezig.base.Messages.text(e.messages().get(0)));
        }
    }

    private void refuse(String text) {
        subject.setText(text);
        statement.setVisible(false);
        medical.setVisible(false);
        save.setEnabled(false);
    }

    void save() {
        Map<String, HasValidation> fields = new LinkedHashMap<>(statement.byName());
        fields.put("medical", medical);
        try {
            steps.writeStatement(taskId, statement.value(), medical.getValue());
            Notifications.success(getTranslation("exemption.statement.saved"));
            getUI().ifPresent(ui -> ui.navigate(StatementsView.class));
        } catch (UserFacingException e) {
            FieldMarks.mark(fields, e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
