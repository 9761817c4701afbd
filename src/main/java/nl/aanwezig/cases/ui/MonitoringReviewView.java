package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.family.FamilyVoice;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Review;

/** The review of yellow monitoring on its date: restored, continue until a new date, or on to the orange plan. */
@Route(value = "monitoring-review", layout = MainLayout.class)
@PageTitle("Monitoring evalueren – Aanwezig")
@RolesAllowed({"MENTOR", "OC"})
public class MonitoringReviewView extends Tier3TaskView {

    final Div figures = new Div();
    final TextArea note = new TextArea(getTranslation("tier3ui.note"));
    final RadioButtonGroup<Review> decision = new RadioButtonGroup<>(getTranslation("tier3ui.decision"));
    final DatePicker reviewOn = DutchDates.picker(getTranslation("tier3ui.nextReviewOn"));
    final FamilyVoiceBlock voice;

    private final transient SatService sat;

    public MonitoringReviewView(TaskService tasks, SatService sat, FamilyVoice family, Clock clock) {
        super(tasks, "tier3ui.review.title");
        this.sat = sat;
        this.voice = new FamilyVoiceBlock(family);
        note.setWidthFull();
        note.setMaxLength(4000);
        note.setRequired(true);
        decision.setItems(Review.values());
        decision.setItemLabelGenerator(r -> getTranslation("tier3.review." + r));
        decision.setRequired(true);
        decision.addValueChangeListener(e -> reviewOn.setVisible(e.getValue() == Review.CONTINUE));
        reviewOn.setMin(LocalDate.now(clock).plusDays(1));
        reviewOn.setVisible(false);
        form.add(section(getTranslation("tier3ui.sat.figures"), figures), voice, note, decision, reviewOn);
        fields.put("note", note).put("decision", decision).put("reviewOn", reviewOn);
    }

    @Override
    void show(TaskItem task) {
        SatService.Advice a = sat.advice(task.taskId());
        figures.removeAll();
        figures.add(new Paragraph(getTranslation("tier3ui.figures.band") + ": "
                        + (a.band() == null ? "–" : getTranslation("band." + a.band()))),
                new Paragraph(getTranslation("tier3ui.figures.year") + ": " + Tier3Format.pct(a.attendancePct())),
                new Paragraph(getTranslation("tier3ui.figures.recent") + ": " + Tier3Format.pct(a.recentPct())
                        + " – " + getTranslation("tier3ui.figures.previous") + ": " + Tier3Format.pct(a.previousPct())),
                new Paragraph(getTranslation("tier3ui.figures.trend") + ": " + Tier3Format.points(a.trend())));
        voice.show(task.caseId(), false);
    }

    @Override
    void submit() {
        sat.review(taskId, decision.getValue(), note.getValue(),
                decision.getValue() == Review.CONTINUE ? reviewOn.getValue() : null);
    }
}
