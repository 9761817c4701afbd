package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.aanwezig.base.TimeConfig;
import java.time.format.DateTimeFormatter;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.ReviewView;

/**
 * Closing the review (the chair, after a confirmation that it freezes it); once closed, the additions with who and
 * when, and a form for a participant to add one.
 */
final class ClosePanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
            .withZone(TimeConfig.SCHOOL_ZONE);

    final Button close = new Button(getTranslation("chainreview.ui.close.button"));
    final ConfirmDialog confirm = new ConfirmDialog();
    final VerticalLayout additions = new VerticalLayout();
    final TextArea addition = new TextArea(getTranslation("chainreview.ui.addition.text"));
    final Button add = new Button(getTranslation("chainreview.ui.addition.add"));
    final FormErrors errors = new FormErrors();

    ClosePanel(ReviewView review, ChainReviewMeeting meeting, Runnable changed) {
        setPadding(false);
        long id = review.summary().id();
        if (!review.summary().closed()) {
            if (review.chairs()) {
                confirm.setHeader(getTranslation("chainreview.ui.close.header"));
                confirm.setText(getTranslation("chainreview.ui.close.text"));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmText(getTranslation("chainreview.ui.close.confirm"));
                confirm.addConfirmListener(e -> act(() -> meeting.close(id), "chainreview.ui.close.done", changed));
                close.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
                close.addClickListener(e -> confirm.open());
                add(errors, close, confirm);
            }
            return;
        }
        additions.setPadding(false);
        additions.setSpacing(false);
        review.additions().forEach(a -> additions.add(new Paragraph(getTranslation("chainreview.ui.addition.line",
                a.text(), a.addedBy(), WHEN.format(a.addedAt())))));
        if (review.additions().isEmpty()) {
            additions.add(new Paragraph(getTranslation("chainreview.ui.addition.none")));
        }
        addition.setWidthFull();
        addition.setMinHeight("5em");
        add.addClickListener(e -> act(() -> meeting.addAddition(id, addition.getValue()), "chainreview.ui.addition.added",
                changed));
        add(new H3(getTranslation("chainreview.ui.addition.title")), additions, addition, errors, add);
    }

    private void act(Runnable call, String done, Runnable changed) {
        if (errors.attempt(call)) {
            Notifications.success(getTranslation(done));
            changed.run();
        }
    }
}
