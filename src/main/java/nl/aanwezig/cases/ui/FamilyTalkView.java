package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyTalks;
import nl.aanwezig.cases.sharing.SharedPlan;
import org.springframework.security.access.AccessDeniedException;

/**
 * The regievoerder's talk with a family that does not agree to the plan: the family member's answer and the plan,
 * and the outcome of the talk, which goes on the timeline and completes the task.
 */
@Route(value = "overleg-gezin", layout = MainLayout.class)
@PageTitle("Overleg met het gezin – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class FamilyTalkView extends VerticalLayout implements HasUrlParameter<Long> {

    final Paragraph subject = new Paragraph();
    final Div answer = new Div();
    final Div plan = new Div();
    final TextArea outcome = new TextArea(getTranslation("familytalk.outcome"));
    final Button done = new Button(getTranslation("familytalk.done"), e -> complete());
    final VerticalLayout form = new VerticalLayout();
    private final Tier3Fields fields = new Tier3Fields().put("talkOutcome", outcome);
    private final transient FamilyTalks talks;
    long taskId;

    public FamilyTalkView(FamilyTalks talks) {
        this.talks = talks;
        outcome.setRequired(true);
        outcome.setMaxLength(2000);
        outcome.setWidthFull();
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.setPadding(false);
        form.setMaxWidth("60rem");
        form.add(Tier3TaskView.section(getTranslation("familytalk.answer"), answer),
                Tier3TaskView.section(getTranslation("familytalk.plan"), plan), outcome);
        Button cancel = new Button(getTranslation("common.cancel"), e -> toInbox());
        add(new H2(getTranslation("familytalk.title")), subject, form, new HorizontalLayout(done, cancel));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        taskId = id;
        try {
            show(talks.open(id));
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    private void show(FamilyTalks.Talk t) {
        subject.setText(getTranslation(t.task().titleKey()) + " – " + t.task().pupilName() + " (" + t.task().leerling()
                + ")");
        answer.removeAll();
        t.answer().ifPresentOrElse(a -> answer.add(new Paragraph(a.name() + " ("
                        + getTranslation("family.kind." + a.kind()) + "), " + Tier3Format.date(
                        a.at().atZone(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE).toLocalDate()) + ": "
                        + getTranslation(Boolean.TRUE.equals(a.agreed()) ? "familytalk.agreed" : "familytalk.disagreed")),
                        new Paragraph(a.reason() == null ? "" : a.reason())),
                () -> answer.add(new Paragraph(getTranslation("familytalk.noAnswer"))));
        plan.removeAll();
        t.plan().ifPresentOrElse(this::showPlan, () -> plan.add(new Paragraph(getTranslation("familytalk.noPlan"))));
    }

    private void showPlan(SharedPlan p) {
        p.goals().forEach(g -> plan.add(new Paragraph(getTranslation("tier3.domain." + g.domain()) + ": " + g.description())));
        p.interventions().forEach(i -> plan.add(new Paragraph(i.description() + " (" + i.owner() + ")")));
    }

    private void complete() {
        try {
            talks.complete(taskId, outcome.getValue());
            fields.mark(List.of());
            Notifications.success(getTranslation("familytalk.saved"));
            toInbox();
        } catch (UserFacingException e) {
            Tier3TaskView.notSaved(fields.mark(e.messages()));
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void refuse(String text) {
        subject.setText(text);
        subject.addClassName("refusal");
        form.setVisible(false);
        done.setEnabled(false);
    }

    private void toInbox() {
        getUI().ifPresent(ui -> ui.navigate("taken"));
    }
}
