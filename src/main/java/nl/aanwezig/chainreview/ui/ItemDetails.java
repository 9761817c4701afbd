package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.ReviewView;

/**
 * The opened part of a pupil's card: the two questions, the pupil's actions, and for the chair of an open review a form
 * to add an action and a button to call in the doorzettingsmacht.
 */
final class ItemDetails extends VerticalLayout {

    final TextArea goodThings = new TextArea(getTranslation("chainreview.ui.question.goodThings"));
    final TextArea rightPeople = new TextArea(getTranslation("chainreview.ui.question.rightPeople"));
    final Button saveAnswers = new Button(getTranslation("chainreview.ui.question.save"));
    final ComboBox<ReviewActions.Owner> owner = new ComboBox<>(getTranslation("chainreview.ui.action.owner"));
    final TextField description = new TextField(getTranslation("chainreview.ui.action.description"));
    final DatePicker due = DutchDates.picker(getTranslation("chainreview.ui.action.due"));
    final Button addAction = new Button(getTranslation("chainreview.ui.action.add"));
    final TextField deadlock = new TextField(getTranslation("chainreview.ui.escalate.description"));
    final Button escalate = new Button(getTranslation("chainreview.ui.escalate.button"));
    final FormErrors errors = new FormErrors();

    ItemDetails(ReviewView.Item item, List<ReviewView.Action> actions, List<ReviewActions.Owner> owners,
                boolean editable, ChainReviewMeeting meeting, ReviewActions reviewActions, Runnable changed) {
        setPadding(false);
        for (TextArea t : List.of(goodThings, rightPeople)) {
            t.setWidthFull();
            t.setMinHeight("5em");
            t.setReadOnly(!editable);
        }
        goodThings.setValue(item.goodThings() == null ? "" : item.goodThings());
        rightPeople.setValue(item.rightPeople() == null ? "" : item.rightPeople());
        add(goodThings, rightPeople);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        actions.forEach(a -> list.add(new Paragraph(ReviewTexts.action(a))));
        if (actions.isEmpty()) {
            list.add(new Paragraph(getTranslation("chainreview.ui.action.none")));
        }
        if (!editable) {
            add(new H4(getTranslation("chainreview.ui.action.title")), list);
            return;
        }
        saveAnswers.addClickListener(e -> act(() -> meeting.answer(item.id(), goodThings.getValue(),
                rightPeople.getValue()), "chainreview.ui.question.saved", changed));
        owner.setItems(owners);
        owner.setItemLabelGenerator(o -> o.name() + " (" + o.organisation() + ")");
        owner.setWidth("20em");
        description.setWidth("24em");
        addAction.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addAction.addClickListener(e -> act(() -> reviewActions.addAction(item.id(), description.getValue(),
                owner.getValue() == null ? null : owner.getValue().username(), due.getValue()),
                "chainreview.ui.action.added", changed));
        deadlock.setWidth("24em");
        escalate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        escalate.addClickListener(e -> act(() -> reviewActions.escalate(item.id(), deadlock.getValue()),
                "chainreview.ui.escalate.done", changed));
        HorizontalLayout actionForm = new HorizontalLayout(owner, description, due, addAction);
        actionForm.setAlignItems(Alignment.BASELINE);
        actionForm.setWrap(true);
        HorizontalLayout escalation = new HorizontalLayout(deadlock, escalate);
        escalation.setAlignItems(Alignment.BASELINE);
        add(saveAnswers, errors, new H4(getTranslation("chainreview.ui.action.title")), list, actionForm, escalation);
    }

    private void act(Runnable call, String done, Runnable changed) {
        if (errors.attempt(call)) {
            Notifications.success(getTranslation(done));
            changed.run();
        }
    }
}
