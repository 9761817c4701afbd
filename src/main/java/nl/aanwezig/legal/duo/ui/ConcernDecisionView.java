package nl.aanwezig.legal.duo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.legal.duo.ConcernDecisionService;
import nl.aanwezig.workflow.ConcernProcess;
import org.springframework.security.access.AccessDeniedException;

/**
 * The tasks of the route zorgelijk verzuim: the OC decides (with a note) whether the concern goes to leerplicht;
 * leerplicht notes how they picked up a concern passed on to them.
 */
@Route("zorgelijk-verzuim")
@PageTitle("Zorgelijk verzuim – Aanwezig")
@RolesAllowed({"OC", "LEERPLICHT"})
public class ConcernDecisionView extends VerticalLayout implements HasUrlParameter<Long> {

    final RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button save = new Button();
    final Paragraph about = new Paragraph();

    private final transient ConcernDecisionService service;
    private TaskItem task;

    public ConcernDecisionView(ConcernDecisionService service) {
        this.service = service;
        decision.setLabel(getTranslation("concern.field.decision"));
        decision.setItems(true, false);
        decision.setItemLabelGenerator(b -> getTranslation(b ? "concern.decision.passOn" : "concern.decision.keep"));
        decision.setRequired(true);
        note.setLabel(getTranslation("concern.field.note"));
        note.setRequired(true);
        note.setWidthFull();
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
    }

    @Override
    public void setParameter(BeforeEvent event, Long taskId) {
        removeAll();
        try {
            task = service.task(taskId);
        } catch (UserFacingException e) {
            Notifications.error(e);
            return;
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
            return;
        }
        boolean deciding = ConcernProcess.FORM_DECISION.equals(task.form());
        about.setText(getTranslation("concern.about", task.pupilName(), task.leerling()));
        save.setText(getTranslation(deciding ? "concern.save.decision" : "concern.save.pickedUp"));
        add(new H2(getTranslation(deciding ? "concern.title.decision" : "concern.title.pickUp")), about);
        if (deciding) {
            add(decision);
        }
        add(note, save);
    }

    void save() {
        boolean deciding = ConcernProcess.FORM_DECISION.equals(task.form());
        decision.setInvalid(false);
        note.setInvalid(false);
        try {
            if (deciding) {
                service.decide(task.taskId(), decision.getValue(), note.getValue());
            } else {
                service.pickUp(task.taskId(), note.getValue());
            }
            Notifications.success(getTranslation("concern.saved"));
            getUI().ifPresent(ui -> ui.navigate(""));
        } catch (UserFacingException e) {
            e.messages().forEach(m -> {
                if (m.key().equals("concern.error.decision")) {
                    decision.setErrorMessage(getTranslation(m.key()));
                    decision.setInvalid(true);
                } else if (m.key().equals("concern.error.note")) {
                    note.setErrorMessage(getTranslation(m.key()));
                    note.setInvalid(true);
                }
            });
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
