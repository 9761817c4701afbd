package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.Tier3Decisions.GoalDomain;
import nl.aanwezig.cases.tier3.Tier3People;

/**
 * The plan "patronen doorbreken" as a form: start and evaluation interval, goals for home, education and care,
 * adapted education, interventions, and what pupil and parents want and agreed to. Used to draw the plan at the
 * route's step and to edit it later; it never clears what the user typed when a save is refused.
 */
class PlanEditor extends VerticalLayout {

    final DatePicker startsOn = DutchDates.picker(getTranslation("tier3ui.plan.startsOn"));
    final IntegerField evaluationWeeks = new IntegerField(getTranslation("tier3ui.plan.evaluationWeeks"));
    final VerticalLayout goals = new VerticalLayout();
    final Tier3Error goalsError = new Tier3Error();
    final Button addGoal = new Button(getTranslation("tier3ui.plan.addGoal"), e -> addGoal(GoalDomain.HOME));
    final TextArea adaptedEducation = area("tier3ui.plan.adaptedEducation");
    final VerticalLayout interventions = new VerticalLayout();
    final Tier3Error interventionsError = new Tier3Error();
    final Button addIntervention = new Button(getTranslation("tier3ui.plan.addIntervention"), e -> addIntervention());
    final TextArea pupilWish = area("tier3ui.plan.pupilWish");
    final TextArea parentsWish = area("tier3ui.plan.parentsWish");
    final TextArea agreed = area("tier3ui.plan.agreed");
    final DatePicker parentsAgreedOn = DutchDates.picker(getTranslation("tier3ui.plan.parentsAgreedOn"));
    final Tier3Fields fields = new Tier3Fields();

    private List<Tier3People.Person> people = List.of();

    PlanEditor(LocalDate today) {
        setPadding(false);
        startsOn.setValue(today);
        startsOn.setRequired(true);
        evaluationWeeks.setMin(1);
        evaluationWeeks.setMax(12);
        evaluationWeeks.setValue(PlanForm.DEFAULT_WEEKS);
        evaluationWeeks.setStepButtonsVisible(true);
        evaluationWeeks.setHelperText(getTranslation("tier3ui.plan.evaluationWeeks.helper"));
        parentsAgreedOn.setMax(today);
        parentsAgreedOn.setWidth("18rem");
        pupilWish.setRequired(true);
        parentsWish.setRequired(true);
        goals.setPadding(false);
        interventions.setPadding(false);
        for (GoalDomain d : GoalDomain.values()) {
            addGoal(d);
        }
        add(new HorizontalLayout(startsOn, evaluationWeeks),
                Tier3TaskView.section(getTranslation("tier3ui.plan.goals"), goalsError, goals, addGoal),
                adaptedEducation,
                Tier3TaskView.section(getTranslation("tier3ui.plan.interventions"), interventionsError, interventions,
                        addIntervention),
                pupilWish, parentsWish, agreed, parentsAgreedOn);
        fields.put("startsOn", startsOn).put("evaluationWeeks", evaluationWeeks).put("goals", goalsError)
                .put("interventions", interventionsError).put("pupilWish", pupilWish).put("parentsWish", parentsWish)
                .put("parentsAgreedOn", parentsAgreedOn);
    }

    private TextArea area(String labelKey) {
        TextArea a = new TextArea(getTranslation(labelKey));
        a.setWidthFull();
        a.setMaxLength(4000);
        return a;
    }

    /** The accounts an intervention's owner may be linked to; a first empty intervention row once known. */
    void setPeople(List<Tier3People.Person> people) {
        this.people = List.copyOf(people);
        if (interventions.getComponentCount() == 0) {
            addIntervention();
        }
    }

    PlanGoalRow addGoal(GoalDomain domain) {
        PlanGoalRow row = new PlanGoalRow(domain);
        row.remove.addClickListener(e -> goals.remove(row));
        goals.add(row);
        return row;
    }

    PlanInterventionRow addIntervention() {
        PlanInterventionRow row = new PlanInterventionRow(people, startsOn.getValue());
        row.remove.addClickListener(e -> interventions.remove(row));
        interventions.add(row);
        return row;
    }

    void fill(CasePlan.Plan plan) {
        startsOn.setValue(plan.startedOn());
        evaluationWeeks.setValue(plan.evaluationWeeks());
        goals.removeAll();
        plan.goals().forEach(g -> {
            PlanGoalRow row = PlanGoalRow.of(g);
            row.remove.addClickListener(e -> goals.remove(row));
            goals.add(row);
        });
        adaptedEducation.setValue(nonNull(plan.adaptedEducation()));
        interventions.removeAll();
        plan.interventions().forEach(i -> {
            PlanInterventionRow row = PlanInterventionRow.of(i, people);
            row.remove.addClickListener(e -> interventions.remove(row));
            interventions.add(row);
        });
        pupilWish.setValue(nonNull(plan.pupilWish()));
        parentsWish.setValue(nonNull(plan.parentsWish()));
        agreed.setValue(nonNull(plan.agreed()));
        parentsAgreedOn.setValue(plan.parentsAgreedOn());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    List<PlanGoalRow> goalRows() {
        return goals.getChildren().map(PlanGoalRow.class::cast).toList();
    }

    List<PlanInterventionRow> interventionRows() {
        return interventions.getChildren().map(PlanInterventionRow.class::cast).toList();
    }

    PlanForm read() {
        return new PlanForm(startsOn.getValue(), evaluationWeeks.getValue() == null ? 0 : evaluationWeeks.getValue(),
                goalRows().stream().filter(r -> !r.blank()).map(PlanGoalRow::read).toList(),
                adaptedEducation.getValue(),
                interventionRows().stream().filter(r -> !r.blank()).map(PlanInterventionRow::read).toList(),
                pupilWish.getValue(), parentsWish.getValue(), agreed.getValue(), parentsAgreedOn.getValue());
    }

    /** Marks the fields the errors name, and within goals and interventions the rows' missing parts. */
    List<Message> mark(List<Message> errors) {
        List<Message> unplaced = fields.mark(errors);
        goalRows().forEach(PlanGoalRow::clearMarks);
        interventionRows().forEach(PlanInterventionRow::clearMarks);
        if (goalsError.isInvalid()) {
            goalRows().stream().filter(r -> !r.blank()).forEach(r -> r.markMissing(goalsError.getErrorMessage()));
        }
        if (interventionsError.isInvalid()) {
            interventionRows().stream().filter(r -> !r.blank())
                    .forEach(r -> r.markMissing(interventionsError.getErrorMessage()));
        }
        return unplaced;
    }
}
