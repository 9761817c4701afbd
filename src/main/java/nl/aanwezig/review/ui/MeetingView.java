package nl.aanwezig.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.base.ui.PdfDownload;
import nl.aanwezig.review.AgendaSuggestion;
import nl.aanwezig.review.MeetingDetails;
import nl.aanwezig.review.MeetingService;
import nl.aanwezig.review.MeetingService.CaseChoice;
import nl.aanwezig.review.MinutesDocument;
import nl.aanwezig.review.MinutesService;
import org.springframework.security.access.AccessDeniedException;

/**
 * One casusoverleg: who attends, the suggested agenda to accept or decline, other open cases to add, and per case
 * the discussion and decisions. OC only: it holds the minutes of every case on it.
 */
@Route("casusoverleg/overleg")
@PageTitle("Casusoverleg – Aanwezig")
@RolesAllowed("OC")
public class MeetingView extends VerticalLayout implements HasUrlParameter<Long> {

    final H2 heading = new H2();
    final Paragraph attendees = new Paragraph();
    final Grid<AgendaSuggestion> suggestions = new Grid<>();
    final Paragraph noSuggestions = new Paragraph();
    final ComboBox<CaseChoice> otherCase = new ComboBox<>(getTranslation("meeting.addCase"));
    final Button addCase = new Button(getTranslation("meeting.addCase.button"));
    final VerticalLayout agenda = new VerticalLayout();
    final Paragraph emptyAgenda = new Paragraph();
    /** The editors by item id, kept across refreshes so text typed in one case survives work on another. */
    final Map<Long, AgendaItemEditor> editors = new HashMap<>();

    private final transient MeetingService meetings;
    final Anchor pdf;
    private final transient MinutesService minutes;
    private long meetingId;

    public MeetingView(MeetingService meetings, MinutesService minutes, MinutesDocument document) {
        this.meetings = meetings;
        this.minutes = minutes;
        pdf = PdfDownload.link(getTranslation("doc.minutes.button"), "notulen-casusoverleg.pdf",
                out -> document.pdf(meetingId, out));
        suggestions.addColumn(s -> s.pupilName() + " (" + s.leerling() + ")").setHeader(getTranslation("meeting.col.pupil")).setFlexGrow(2);
        suggestions.addColumn(s -> getTranslation("stage." + s.stage())).setHeader(getTranslation("meeting.col.stage"));
        suggestions.addColumn(s -> s.reasons().stream().map(s::reasonText).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("meeting.col.reasons")).setFlexGrow(3);
        suggestions.addColumn(s -> (s.overdue() ? getTranslation("meeting.overdue") + ": " : "") + Messages.date(s.nextEvaluation()))
                .setHeader(getTranslation("meeting.col.nextEvaluation"));
        suggestions.addComponentColumn(this::actions).setFlexGrow(2);
        suggestions.setPartNameGenerator(s -> s.overdue() ? "overdue" : null);
        suggestions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        suggestions.setAllRowsVisible(true);
        otherCase.setItemLabelGenerator(c -> c.pupilName() + " (" + c.leerling() + ") – " + getTranslation("stage." + c.stage()));
        otherCase.setWidth("28em");
        addCase.addClickListener(e -> addOther());
        agenda.setPadding(false);
        HorizontalLayout add = new HorizontalLayout(otherCase, addCase);
        add.setAlignItems(Alignment.BASELINE);
        add(heading, pdf, attendees, new H3(getTranslation("meeting.suggestions.title")), noSuggestions, suggestions, add,
                new H3(getTranslation("meeting.agenda.title")), emptyAgenda, agenda);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.meetingId = id;
        refresh();
    }

    private HorizontalLayout actions(AgendaSuggestion s) {
        Button accept = new Button(getTranslation("meeting.accept"), e -> act(() -> meetings.putOnAgenda(meetingId, s.caseId(), s.reasons())));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("meeting.decline"), e -> act(() -> meetings.takeOff(meetingId, s.caseId())));
        decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return new HorizontalLayout(accept, decline);
    }

    void addOther() {
        if (otherCase.getValue() != null) {
            act(() -> meetings.putOnAgenda(meetingId, otherCase.getValue().caseId(), null));
        }
    }

    void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    void refresh() {
        MeetingDetails m;
        try {
            m = meetings.meeting(meetingId);
        } catch (AccessDeniedException e) {
            refuse(getTranslation("common.noAccess"));
            return;
        } catch (UserFacingException e) {
            refuse(Messages.text(e.messages().get(0)));
            return;
        }
        heading.setText(getTranslation("meeting.view.heading", Messages.date(m.date()), m.time().toString()));
        attendees.setText(m.attendees().isEmpty() ? getTranslation("meeting.view.noAttendees")
                : getTranslation("meeting.view.attendees", m.attendees().stream().map(MeetingDetails.Attendee::name)
                        .collect(Collectors.joining(", "))));
        suggestions.setItems(m.suggestions());
        noSuggestions.setText(m.suggestions().isEmpty() ? getTranslation("meeting.suggestions.empty") : "");
        otherCase.setItems(meetings.openCases(meetingId));
        otherCase.clear();
        showAgenda(m);
    }

    private void showAgenda(MeetingDetails m) {
        agenda.removeAll();
        Map<Long, AgendaItemEditor> kept = new HashMap<>();
        for (MeetingDetails.Item item : m.items()) {
            AgendaItemEditor editor = editors.get(item.id());
            // a saved item is shown anew (its decisions, who saved); an unsaved one keeps what was typed
            if (editor == null || editor.item.version() != item.version()) {
                editor = new AgendaItemEditor(item, m.date(), minutes, this::refresh,
                        () -> act(() -> meetings.takeOff(meetingId, item.caseId())));
            }
            kept.put(item.id(), editor);
            agenda.add(editor);
        }
        editors.clear();
        editors.putAll(kept);
        emptyAgenda.setText(m.items().isEmpty() ? getTranslation("meeting.agenda.empty") : "");
    }

    private void refuse(String text) {
        heading.setText(text);
        removeAll();
        add(heading);
    }
}
