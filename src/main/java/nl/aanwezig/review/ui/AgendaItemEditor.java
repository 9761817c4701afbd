package nl.aanwezig.review.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.review.MeetingDetails;
import nl.aanwezig.review.MinutesForm;
import nl.aanwezig.review.MinutesService;
import nl.aanwezig.review.StaffChoice;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case of the meeting: its discussion and new decisions, saved together. A save that someone else's save beat
 * keeps the text typed here, so nothing written is lost.
 */
class AgendaItemEditor extends VerticalLayout {

    final TextArea discussion = new TextArea(getTranslation("meeting.item.discussion"));
    final VerticalLayout newDecisions = new VerticalLayout();
    final List<DecisionRow> rows = new ArrayList<>();
    final Button addDecision = new Button(getTranslation("meeting.decision.add"));
    final Button save = new Button(getTranslation("meeting.item.save"));
    final Button takeOff = new Button(getTranslation("meeting.takeOff"));
    final MeetingDetails.Item item;

    private final transient MinutesService minutes;
    private final transient List<StaffChoice> owners;
    private final LocalDate meetingDate;
    private final Runnable saved;
    private long version;

    AgendaItemEditor(MeetingDetails.Item item, LocalDate meetingDate, MinutesService minutes, Runnable saved,
                     Runnable takeOffAction) {
        this.item = item;
        this.meetingDate = meetingDate;
        this.minutes = minutes;
        this.saved = saved;
        this.version = item.version();
        this.owners = minutes.owners(item.id());
        addClassName("meeting-item");
        setPadding(false);
        discussion.setWidthFull();
        discussion.setMinHeight("7em");
        discussion.setMaxLength(8000);
        discussion.setRequired(true);
        discussion.setValue(item.discussion() == null ? "" : item.discussion());
        newDecisions.setPadding(false);
        addDecision.addClickListener(e -> addRow());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        takeOff.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        takeOff.addClickListener(e -> takeOffAction.run());
        takeOff.setVisible(item.discussion() == null);
        add(new H4(getTranslation("meeting.item.heading", item.pupilName(), item.leerling(),
                getTranslation("stage." + item.stage()))), why(), discussion, savedBy(),
                new Paragraph(getTranslation("meeting.item.decisions")), decisions(), newDecisions,
                new HorizontalLayout(addDecision, save, takeOff));
        addRow();
    }

    private Paragraph why() {
        String reasons = item.reasons().isEmpty() ? getTranslation("meeting.reason.ADDED")
                : item.reasons().stream().map(r -> getTranslation("meeting.reasonShort." + r)).collect(Collectors.joining(", "));
        return new Paragraph(getTranslation("meeting.item.why", reasons));
    }

    private Paragraph savedBy() {
        return new Paragraph(item.savedAt() == null ? "" : getTranslation("meeting.item.savedBy", item.savedBy(),
                Messages.date(item.savedAt().atZone(TimeConfig.SCHOOL_ZONE).toLocalDate())));
    }

    private VerticalLayout decisions() {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        if (item.decisions().isEmpty()) {
            list.add(new Paragraph(getTranslation("meeting.item.noDecisions")));
        }
        for (MeetingDetails.Decision d : item.decisions()) {
            String line = getTranslation("meeting.item.decisionLine", d.description(), d.ownerName(), Messages.date(d.dueOn()));
            list.add(new Paragraph(d.doneAt() == null ? line : line + " – " + getTranslation("meeting.item.decisionDone", d.doneNote())));
        }
        return list;
    }

    void addRow() {
        DecisionRow row = new DecisionRow(owners, meetingDate);
        rows.add(row);
        newDecisions.add(row);
    }

    MinutesForm read() {
        return new MinutesForm(discussion.getValue(), rows.stream().map(DecisionRow::read).toList());
    }

    void save() {
        MinutesForm form = read();
        Set<String> allowed = owners.stream().map(StaffChoice::username).collect(Collectors.toSet());
        try {
            List<Message> errors = form.validate(meetingDate, allowed);
            if (!errors.isEmpty()) {
                throw new UserFacingException(errors);
            }
            mark(List.of());
            version = minutes.save(item.id(), version, form);
            Notifications.success(getTranslation("meeting.item.saved"));
            saved.run();
        } catch (UserFacingException e) {
            mark(e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    /** Discussion errors on the discussion; a decision's on its row (its number is the message's first argument). */
    private void mark(List<Message> errors) {
        Map<String, HasValidation> fields = new HashMap<>(Map.of("discussion", discussion));
        List<Message> own = new ArrayList<>();
        for (Message m : errors) {
            if (m.key().equals("meeting.error.concurrent")) {
                own.add(new Message("meeting.error.discussion.concurrent"));
            } else if (!m.key().startsWith("meeting.error.decision.")) {
                own.add(m);
            }
        }
        FieldErrors.mark(fields, own);
        List<DecisionRow> filled = rows.stream().filter(r -> !isEmpty(r.read())).toList();
        for (int i = 0; i < filled.size(); i++) {
            int n = i + 1;
            List<Message> mine = errors.stream().filter(m -> m.key().startsWith("meeting.error.decision.")
                    && m.args().length > 0 && Integer.valueOf(n).equals(m.args()[0])).toList();
            FieldErrors.mark(filled.get(i).fields(), mine, 3);
        }
    }

    private static boolean isEmpty(MinutesForm.DecisionForm d) {
        return (d.description() == null || d.description().isBlank()) && d.owner() == null && d.dueOn() == null;
    }
}
