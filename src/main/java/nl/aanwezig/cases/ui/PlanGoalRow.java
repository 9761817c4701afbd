package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.Tier3Decisions.GoalDomain;

/** One goal of the plan editor: domain, what, how it is measured, the target attendance. */
class PlanGoalRow extends HorizontalLayout {

    final Select<GoalDomain> domain = new Select<>();
    final TextField description = new TextField(getTranslation("tier3ui.plan.goal.description"));
    final TextField measure = new TextField(getTranslation("tier3ui.plan.goal.measure"));
    final BigDecimalField target = new BigDecimalField(getTranslation("tier3ui.plan.goal.target"));
    final Button remove = new Button(getTranslation("tier3ui.remove"));
    private Long id;

    PlanGoalRow(GoalDomain initial) {
        domain.setLabel(getTranslation("tier3ui.plan.goal.domain"));
        domain.setItems(GoalDomain.values());
        domain.setItemLabelGenerator(d -> getTranslation("tier3.domain." + d));
        domain.setValue(initial);
        domain.setWidth("9rem");
        description.setWidth("20rem");
        description.setMaxLength(4000);
        measure.setWidth("16rem");
        measure.setMaxLength(4000);
        target.setWidth("10rem");
        target.setSuffixComponent(new com.vaadin.flow.component.html.Span("%"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(domain, description, measure, target, remove);
    }

    static PlanGoalRow of(CasePlan.Goal g) {
        PlanGoalRow row = new PlanGoalRow(GoalDomain.valueOf(g.domain()));
        row.id = g.id();
        row.description.setValue(g.description());
        row.measure.setValue(g.measure());
        row.target.setValue(g.targetPct());
        return row;
    }

    /** A row nobody wrote in (a new one): left out of the plan. */
    boolean blank() {
        return id == null && description.isEmpty() && measure.isEmpty() && target.isEmpty();
    }

    PlanForm.Goal read() {
        return new PlanForm.Goal(id, domain.getValue(), description.getValue(), measure.getValue(), target.getValue());
    }

    /** Marks what this goal misses after the plan was refused for its goals. */
    void markMissing(String message) {
        mark(description, description.isEmpty(), message);
        mark(measure, measure.isEmpty(), message);
        mark(target, target.isEmpty() || target.getValue().signum() < 0
                || target.getValue().compareTo(java.math.BigDecimal.valueOf(100)) > 0, message);
    }

    void clearMarks() {
        description.setInvalid(false);
        measure.setInvalid(false);
        target.setInvalid(false);
    }

    static void mark(com.vaadin.flow.component.HasValidation field, boolean invalid, String message) {
        if (invalid) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }
}
