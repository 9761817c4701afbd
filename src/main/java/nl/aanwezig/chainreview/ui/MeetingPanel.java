package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.ReviewView;

/**
 * The meeting's own facts: its date, the purpose of discussing pupils, the legal ground (one of the privacy convenant's
 * two, with a note), what is shared, and who attends with their organisation. Read-only unless the user chairs an open
 * review.
 */
final class MeetingPanel extends VerticalLayout {

    static final String SEPARATOR = " – ";

    final DatePicker date = DutchDates.picker(getTranslation("chainreview.ui.meeting.date"));
    final TextArea purpose = new TextArea(getTranslation("chainreview.ui.meeting.purpose"));
    final Select<String> ground = new Select<>();
    final TextField groundNote = new TextField(getTranslation("chainreview.ui.meeting.groundNote"));
    final TextArea shared = new TextArea(getTranslation("chainreview.ui.meeting.shared"));
    final VerticalLayout attendees = new VerticalLayout();
    final List<AttendeeRow> rows = new ArrayList<>();
    final Button addAttendee = new Button(getTranslation("chainreview.ui.meeting.addAttendee"));
    final Button save = new Button(getTranslation("chainreview.ui.meeting.save"));
    final FormErrors errors = new FormErrors();

    private final boolean editable;

    MeetingPanel(ReviewView review, boolean editable, ChainReviewMeeting meeting, Runnable saved) {
        this.editable = editable;
        setPadding(false);
        ground.setLabel(getTranslation("chainreview.ui.meeting.ground"));
        ground.setItems(getTranslation("chainreview.ui.meeting.ground.consent"),
                getTranslation("chainreview.ui.meeting.ground.task"));
        ground.setEmptySelectionAllowed(true);
        date.setValue(review.summary().meetingOn());
        purpose.setValue(orEmpty(review.purpose()));
        showGround(orEmpty(review.legalGround()));
        shared.setValue(orEmpty(review.shared()));
        attendees.setPadding(false);
        attendees.setSpacing(false);
        review.attendees().forEach(a -> addRow(a.name(), a.organisation()));
        FormLayout form = new FormLayout(date, ground, groundNote, purpose, shared);
        form.setColspan(purpose, 2);
        form.setColspan(shared, 2);
        date.setReadOnly(!editable);
        ground.setReadOnly(!editable);
        groundNote.setReadOnly(!editable);
        purpose.setReadOnly(!editable);
        shared.setReadOnly(!editable);
        add(new H3(getTranslation("chainreview.ui.meeting.title")), form,
                new H4(getTranslation("chainreview.ui.meeting.attendees")), attendees);
        if (rows.isEmpty() && !editable) {
            attendees.add(new Paragraph(getTranslation("chainreview.ui.meeting.noAttendees")));
        }
        if (editable) {
            addAttendee.addClickListener(e -> addRow("", ""));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> {
                if (errors.attempt(() -> meeting.saveMeeting(review.summary().id(), form()))) {
                    Notifications.success(getTranslation("chainreview.ui.meeting.saved"));
                    saved.run();
                }
            });
            add(addAttendee, errors, save);
        }
    }

    /** The form as the service takes it; the legal ground is the chosen ground with the note after it. */
    ChainReviewMeeting.MeetingForm form() {
        String chosen = ground.getValue() == null ? "" : ground.getValue();
        String note = groundNote.getValue().strip();
        String legalGround = chosen.isEmpty() ? note : note.isEmpty() ? chosen : chosen + SEPARATOR + note;
        return new ChainReviewMeeting.MeetingForm(date.getValue(), purpose.getValue(), legalGround, shared.getValue(),
                rows.stream().map(r -> new ChainReviewMeeting.Attendee(r.name.getValue(), r.organisation.getValue()))
                        .toList());
    }

    AttendeeRow addRow(String name, String organisation) {
        AttendeeRow row = new AttendeeRow(name, organisation);
        rows.add(row);
        attendees.add(row);
        return row;
    }

    private void showGround(String legalGround) {
        for (String g : List.of(getTranslation("chainreview.ui.meeting.ground.consent"),
                getTranslation("chainreview.ui.meeting.ground.task"))) {
            if (legalGround.startsWith(g)) {
                ground.setValue(g);
                groundNote.setValue(legalGround.substring(g.length()).replaceFirst("^" + SEPARATOR, "").strip());
                return;
            }
        }
        groundNote.setValue(legalGround);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One attendee: name and organisation, removable while editing. */
    final class AttendeeRow extends HorizontalLayout {
        final TextField name = new TextField(getTranslation("chainreview.ui.meeting.attendeeName"));
        final TextField organisation = new TextField(getTranslation("chainreview.ui.meeting.attendeeOrg"));
        final Button remove = new Button(getTranslation("chainreview.ui.meeting.removeAttendee"));

        AttendeeRow(String n, String org) {
            name.setValue(n);
            organisation.setValue(org);
            name.setReadOnly(!editable);
            organisation.setReadOnly(!editable);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addClickListener(e -> {
                rows.remove(this);
                attendees.remove(this);
            });
            remove.setVisible(editable);
            setAlignItems(Alignment.BASELINE);
            add(name, organisation, remove);
        }
    }
}
