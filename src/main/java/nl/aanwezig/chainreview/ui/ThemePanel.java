package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.chainreview.figures.Suggestion;

/**
 * The rode draad: themes across the cases and a recommendation for tiers 1 and 2, each a task for the OC of every
 * school chosen (the schools of the list).
 */
final class ThemePanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(TimeConfig.SCHOOL_ZONE);

    final VerticalLayout themes = new VerticalLayout();
    /**
     * The suggestions from the data (SAT factor groups, classes and weekdays that carry the absence, cases without a
     * plan, regievoerders changed often), from RodeDraadSuggestions.
     */
    final Div suggestions = new Div();
    final TextField theme = new TextField(getTranslation("chainreview.ui.theme.theme"));
    final TextArea recommendation = new TextArea(getTranslation("chainreview.ui.theme.recommendation"));
    final MultiSelectComboBox<ChainReviews.SchoolRef> schools =
            new MultiSelectComboBox<>(getTranslation("chainreview.ui.theme.schools"));
    final DatePicker due = DutchDates.picker(getTranslation("chainreview.ui.theme.due"));
    final Button add = new Button(getTranslation("chainreview.ui.theme.add"));
    final FormErrors errors = new FormErrors();

    ThemePanel(ReviewView review, boolean editable, List<ChainReviews.SchoolRef> schoolChoices,
               List<Suggestion> suggested, ReviewActions actions, Runnable changed) {
        setPadding(false);
        themes.setPadding(false);
        themes.setSpacing(false);
        for (ReviewView.Theme t : review.themes()) {
            themes.add(new Paragraph(getTranslation("chainreview.ui.theme.line", t.theme(), t.recommendation(),
                    t.recordedBy(), WHEN.format(t.recordedAt()))));
        }
        if (review.themes().isEmpty()) {
            themes.add(new Paragraph(getTranslation("chainreview.ui.theme.none")));
        }
        suggestions.addClassName("rode-draad-suggestions");
        showSuggestions(suggested, editable);
        add(new H3(getTranslation("chainreview.ui.theme.title")), new Paragraph(getTranslation("chainreview.ui.theme.intro")),
                themes, suggestions);
        if (!editable) {
            return;
        }
        schools.setItems(schoolChoices);
        schools.setItemLabelGenerator(ChainReviews.SchoolRef::name);
        recommendation.setMinHeight("5em");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            if (errors.attempt(() -> actions.addTheme(review.summary().id(), theme.getValue(), recommendation.getValue(),
                    schools.getValue().stream().map(ChainReviews.SchoolRef::id).toList(), due.getValue()))) {
                Notifications.success(getTranslation("chainreview.ui.theme.added"));
                changed.run();
            }
        });
        FormLayout form = new FormLayout(theme, schools, recommendation, due);
        form.setColspan(recommendation, 2);
        add(form, errors, add);
    }

    /** What the data shows across the cases, as a start for the rode draad; the chair can take one over as a theme. */
    private void showSuggestions(List<Suggestion> suggested, boolean editable) {
        if (suggested.isEmpty()) {
            return;
        }
        suggestions.add(new Paragraph(getTranslation("chainreview.ui.theme.suggested")));
        for (Suggestion s : suggested) {
            Div line = new Div(new Span(s.text()));
            line.addClassName("suggestion");
            if (editable) {
                Button take = new Button(getTranslation("chainreview.ui.theme.takeOver"), e -> theme.setValue(s.text()));
                take.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                line.add(take);
            }
            suggestions.add(line);
        }
    }
}
