package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.Tier3People;

/** One intervention: what, who (free text, and their account when they have one), start and duration. */
class PlanInterventionRow extends HorizontalLayout {

    final TextField description = new TextField(getTranslation("tier3ui.plan.intervention.description"));
    final TextField owner = new TextField(getTranslation("tier3ui.plan.intervention.owner"));
    final ComboBox<Tier3People.Person> account = RegievoerderView.personPicker(
            getTranslation("tier3ui.plan.intervention.account"));
    final DatePicker startsOn = DutchDates.picker(getTranslation("tier3ui.plan.intervention.startsOn"));
    final IntegerField weeks = new IntegerField(getTranslation("tier3ui.plan.intervention.weeks"));
    final Button remove = new Button(getTranslation("tier3ui.remove"));

    PlanInterventionRow(List<Tier3People.Person> people, LocalDate start) {
        description.setWidth("18rem");
        description.setMaxLength(4000);
        owner.setWidth("10rem");
        owner.setMaxLength(200);
        account.setItems(people);
        account.setClearButtonVisible(true);
        account.setWidth("14rem");
        account.addValueChangeListener(e -> {
            if (e.getValue() != null && owner.isEmpty()) {
                owner.setValue(e.getValue().displayName());
            }
        });
        startsOn.setValue(start);
        startsOn.setWidth("9rem");
        weeks.setMin(1);
        weeks.setMax(52);
        weeks.setValue(6);
        weeks.setStepButtonsVisible(true);
        weeks.setWidth("7rem");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(description, owner, account, startsOn, weeks, remove);
    }

    static PlanInterventionRow of(CasePlan.Intervention i, List<Tier3People.Person> people) {
        PlanInterventionRow row = new PlanInterventionRow(people, i.startsOn());
        row.description.setValue(i.description());
        row.owner.setValue(i.owner());
        people.stream().filter(p -> p.username().equals(i.ownerUsername())).findFirst().ifPresent(row.account::setValue);
        row.weeks.setValue(i.durationWeeks());
        return row;
    }

    boolean blank() {
        return description.isEmpty() && owner.isEmpty() && account.isEmpty();
    }

    PlanForm.Intervention read() {
        return new PlanForm.Intervention(description.getValue(), owner.getValue(),
                account.getValue() == null ? null : account.getValue().username(), startsOn.getValue(),
                weeks.getValue() == null ? 0 : weeks.getValue());
    }

    void markMissing(String message) {
        PlanGoalRow.mark(description, description.isEmpty(), message);
        PlanGoalRow.mark(owner, owner.isEmpty(), message);
        PlanGoalRow.mark(startsOn, startsOn.isEmpty(), message);
        PlanGoalRow.mark(weeks, weeks.isEmpty() || weeks.getValue() < 1 || weeks.getValue() > 52, message);
    }

    void clearMarks() {
        description.setInvalid(false);
        owner.setInvalid(false);
        startsOn.setInvalid(false);
        weeks.setInvalid(false);
    }
}
