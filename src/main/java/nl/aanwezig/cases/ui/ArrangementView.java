package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.ArrangementForm;
import nl.aanwezig.cases.tier3.ArrangementService;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.Tier3Decisions.Funder;

/**
 * The red care-education arrangement (onderwijszorgarrangement): the care provider, where and how many hours of
 * education, start and end, who funds it, and how often it is evaluated.
 */
@Route(value = "arrangement", layout = MainLayout.class)
@PageTitle("Zorg-onderwijsarrangement – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class ArrangementView extends Tier3TaskView {

    final TextField careProvider = new TextField(getTranslation("tier3ui.arrangement.careProvider"));
    final TextField educationWhere = new TextField(getTranslation("tier3ui.arrangement.educationWhere"));
    final BigDecimalField educationHours = new BigDecimalField(getTranslation("tier3ui.arrangement.educationHours"));
    final DatePicker startsOn = DutchDates.picker(getTranslation("tier3ui.arrangement.startsOn"));
    final DatePicker endsOn = DutchDates.picker(getTranslation("tier3ui.arrangement.endsOn"));
    final RadioButtonGroup<Funder> fundedBy = new RadioButtonGroup<>(getTranslation("tier3ui.arrangement.fundedBy"));
    final IntegerField evaluationWeeks = new IntegerField(getTranslation("tier3ui.plan.evaluationWeeks"));

    private final transient ArrangementService arrangements;

    public ArrangementView(TaskService tasks, ArrangementService arrangements, Clock clock) {
        super(tasks, "tier3ui.arrangement.title");
        this.arrangements = arrangements;
        careProvider.setRequired(true);
        careProvider.setMaxLength(200);
        educationWhere.setRequired(true);
        educationWhere.setMaxLength(200);
        educationHours.setRequiredIndicatorVisible(true);
        educationHours.setHelperText(getTranslation("tier3ui.arrangement.educationHours.helper"));
        startsOn.setValue(LocalDate.now(clock));
        startsOn.setRequired(true);
        endsOn.setHelperText(getTranslation("tier3ui.arrangement.endsOn.helper"));
        fundedBy.setItems(Funder.values());
        fundedBy.setItemLabelGenerator(f -> getTranslation("tier3.funder." + f));
        fundedBy.setRequired(true);
        evaluationWeeks.setMin(1);
        evaluationWeeks.setMax(12);
        evaluationWeeks.setValue(PlanForm.DEFAULT_WEEKS);
        evaluationWeeks.setStepButtonsVisible(true);
        FormLayout layout = new FormLayout(careProvider, educationWhere, educationHours, evaluationWeeks, startsOn,
                endsOn, fundedBy);
        layout.setColspan(fundedBy, 2);
        form.add(layout);
        fields.put("careProvider", careProvider).put("educationWhere", educationWhere)
                .put("educationHours", educationHours).put("startsOn", startsOn).put("endsOn", endsOn)
                .put("fundedBy", fundedBy).put("evaluationWeeks", evaluationWeeks);
    }

    @Override
    void show(TaskItem task) {
        // nothing to look up: the arrangement starts from an empty form
    }

    @Override
    void submit() {
        arrangements.record(taskId, new ArrangementForm(careProvider.getValue(), educationWhere.getValue(),
                educationHours.getValue(), startsOn.getValue(), endsOn.getValue(), fundedBy.getValue(),
                evaluationWeeks.getValue() == null ? 0 : evaluationWeeks.getValue()));
    }
}
