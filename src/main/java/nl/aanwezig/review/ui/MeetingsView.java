package nl.aanwezig.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.review.MeetingForm;
import nl.aanwezig.review.MeetingService;
import nl.aanwezig.review.MeetingService.MeetingSummary;
import nl.aanwezig.review.StaffChoice;
import org.springframework.security.access.AccessDeniedException;

/** The OC's casusoverleg: the school's meetings, and planning a new one. */
@Route("casusoverleg")
@PageTitle("Casusoverleg – Aanwezig")
@Menu(title = "meeting.nav", order = 3.5)
@RolesAllowed("OC")
public class MeetingsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<MeetingSummary> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final DatePicker date = DutchDates.picker(getTranslation("meeting.field.date"));
    final TimePicker time = new TimePicker(getTranslation("meeting.field.time"));
    final MultiSelectComboBox<StaffChoice> staff = new MultiSelectComboBox<>(getTranslation("meeting.field.staffAndPartners"));
    final TextArea externals = new TextArea(getTranslation("meeting.field.externals"));
    final Button plan = new Button(getTranslation("meeting.plan"));

    private final transient MeetingService meetings;

    public MeetingsView(MeetingService meetings) {
        this.meetings = meetings;
        setSizeFull();
        grid.addColumn(m -> Messages.date(m.date())).setHeader(getTranslation("meeting.col.date"));
        grid.addColumn(m -> m.time().toString()).setHeader(getTranslation("meeting.col.time"));
        grid.addColumn(MeetingSummary::cases).setHeader(getTranslation("meeting.col.cases"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setAllRowsVisible(true);
        date.setRequired(true);
        time.setRequired(true);
        time.setStep(Duration.ofMinutes(15));
        time.setValue(LocalTime.of(14, 0));
        staff.setItemLabelGenerator(StaffChoice::displayName);
        externals.setMinHeight("5em");
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        plan.addClickListener(e -> plan());
        FormLayout form = new FormLayout(date, time, staff, externals);
        form.setColspan(staff, 2);
        form.setColspan(externals, 2);
        add(new H2(getTranslation("meeting.title")), new Paragraph(getTranslation("meeting.intro")), empty, grid,
                new H3(getTranslation("meeting.plan.title")), form, plan);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            List<MeetingSummary> list = meetings.meetings();
            empty.setText(list.isEmpty() ? getTranslation("meeting.list.empty") : "");
            grid.setItems(list);
            staff.setItems(meetings.staff());
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    MeetingForm read() {
        return new MeetingForm(date.getValue(), time.getValue(),
                staff.getValue().stream().map(StaffChoice::username).collect(Collectors.toSet()), externals.getValue());
    }

    void plan() {
        MeetingForm form = read();
        List<Message> errors = form.validate();
        mark(errors);
        try {
            if (!errors.isEmpty()) {
                throw new UserFacingException(errors);
            }
            long id = meetings.plan(form);
            Notifications.success(getTranslation("meeting.planned"));
            open(id);
        } catch (UserFacingException e) {
            mark(e.messages());
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void mark(List<Message> errors) {
        FieldErrors.mark(Map.of("date", date, "time", time, "staff", staff, "externals", externals), errors);
    }

    private void open(long meetingId) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, meetingId));
    }
}
