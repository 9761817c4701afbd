package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.Tier3People;
import org.springframework.security.access.AccessDeniedException;

/**
 * The running plan edited outside the route's steps, by the regievoerder or the school's OC; everyone else who may read
 * it reads it here and is told where they add to it. The save names the version the editor started from: when someone
 * saved in between, the user keeps their text and reads who did.
 */
@Route(value = "plan", layout = MainLayout.class)
@PageTitle("Plan bewerken – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class PlanEditView extends VerticalLayout implements HasUrlParameter<Long> {

    final H2 title = new H2(getTranslation("tier3ui.plan.editTitle"));
    final Paragraph subject = new Paragraph();
    final Paragraph conflict = new Paragraph();
    final Paragraph readOnly = new Paragraph();
    final PlanEditor editor;
    final Button save = new Button(getTranslation("common.save"), e -> save());
    final Button reload = new Button(getTranslation("tier3ui.plan.reload"), e -> load());
    final Button back = new Button(getTranslation("common.back"), e -> toPupil());

    private final transient CasePlanService casePlans;
    private final transient PlanService plans;
    private final transient Tier3People people;
    private long pupilId;
    private long planId;
    private long version;

    public PlanEditView(CasePlanService casePlans, PlanService plans, Tier3People people, Clock clock) {
        this.casePlans = casePlans;
        this.plans = plans;
        this.people = people;
        editor = new PlanEditor(LocalDate.now(clock));
        editor.setMaxWidth("75rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.addClassName("refusal");
        conflict.getStyle().set("color", "var(--lumo-error-text-color)");
        conflict.setVisible(false);
        reload.setVisible(false);
        readOnly.setVisible(false);
        add(title, subject, readOnly, conflict, editor, new HorizontalLayout(save, reload, back));
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.pupilId = id;
        load();
    }

    void load() {
        try {
            CasePlan c = casePlans.ofPupil(pupilId).orElse(null);
            if (c == null || c.plan() == null || !c.plan().active()) {
                refuse(getTranslation("tier3ui.plan.none"));
                return;
            }
            subject.setText(getTranslation("tier3ui.plan.editSubject", c.leerling(),
                    Tier3Format.date(c.plan().startedOn())));
            planId = c.plan().id();
            version = c.plan().version();
            editor.setPeople(PlanDrawView.staff(people, c.caseId()));
            editor.fill(c.plan());
            editor.mark(List.of());
            boolean editable = casePlans.mayEditPlan(c);
            editor.setEnabled(editable);
            save.setVisible(editable);
            readOnly.setText(editable ? "" : getTranslation("p3.plan.viewOnly",
                    c.regievoerderName() == null ? getTranslation("p3.plan.noRegievoerder") : c.regievoerderName()));
            readOnly.setVisible(!editable);
            conflict.setVisible(false);
            reload.setVisible(false);
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
        }
    }

    private void refuse(String text) {
        subject.setText(text);
        subject.addClassName("refusal");
        editor.setVisible(false);
        save.setEnabled(false);
    }

    void save() {
        try {
            plans.edit(planId, version, editor.read());
            Notifications.success(getTranslation("p3.plan.saved"));
            toPupil();
        } catch (UserFacingException e) {
            List<Message> unplaced = editor.mark(e.messages());
            boolean concurrent = e.messages().stream().anyMatch(m -> m.key().equals("tier3.error.plan.concurrent"));
            conflict.setVisible(concurrent);
            reload.setVisible(concurrent);
            if (concurrent) {
                // not a mistake in the fields: someone else saved in between; say who and what to do
                conflict.setText(getTranslation("p3.plan.conflict", e.messages().stream()
                        .filter(m -> m.key().equals("tier3.error.plan.concurrent") && m.args().length > 0)
                        .map(m -> String.valueOf(m.args()[0])).findFirst().orElse(getTranslation("tier3.someoneElse"))));
                Notifications.error(conflict.getText());
                return;
            }
            Tier3TaskView.notSaved(unplaced);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void toPupil() {
        getUI().ifPresent(ui -> ui.navigate(PupilView.class, pupilId));
    }
}
