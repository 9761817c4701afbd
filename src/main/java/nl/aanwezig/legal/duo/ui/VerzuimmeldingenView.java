package nl.aanwezig.legal.duo.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.duo.DuoActionEntry;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoStatus;
import nl.aanwezig.legal.duo.LeerplichtAction;
import nl.aanwezig.legal.duo.LeerplichtReportService;
import nl.aanwezig.legal.letters.LetterService;
import nl.aanwezig.legal.letters.LetterTemplateService;
import nl.aanwezig.legal.letters.ui.LetterPanel;
import org.springframework.security.access.AccessDeniedException;

/** Leerplicht's Verzuimmeldingen: the reports of the schools they serve; open one, record actions, close it. */
@Route("verzuimmeldingen")
@PageTitle("Verzuimmeldingen – Aanwezig")
@Menu(title = "duo.nav", order = 4.5)
@RolesAllowed("LEERPLICHT")
public class VerzuimmeldingenView extends VerticalLayout implements BeforeEnterObserver {

    final Select<DuoStatus> filter = new Select<>();
    final Grid<DuoReport> grid = new Grid<>();
    final Paragraph selected = new Paragraph();
    final Grid<DuoActionEntry> actions = new Grid<>();
    final Select<LeerplichtAction> kind = new Select<>();
    final DatePicker on = DutchDates.picker(getTranslation("duo.field.actionDate"));
    final TextArea note = new TextArea(getTranslation("duo.field.actionNote"));
    final Select<DuoStatus> outcome = new Select<>();

    final LetterPanel letter;

    private final transient LeerplichtReportService service;
    private DuoReport current;

    public VerzuimmeldingenView(LeerplichtReportService service, LetterTemplateService templates, LetterService letters) {
        this.service = service;
        letter = new LetterPanel(templates, letters);
        filter.setLabel(getTranslation("duo.field.status"));
        filter.setItems(DuoStatus.GEMELD, DuoStatus.IN_BEHANDELING, DuoStatus.AFGESLOTEN,
                DuoStatus.TER_KENNISGEVING_AANGENOMEN);
        filter.setEmptySelectionAllowed(true);
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("duo.filter.all") : getTranslation("duo.status." + s));
        filter.addValueChangeListener(e -> refresh());
        java.util.Map<Long, String> schoolNames = service.schoolNames();
        grid.addColumn(d -> schoolNames.getOrDefault(d.schoolId(), d.brin())).setHeader(getTranslation("duo.col.school"));
        grid.addColumn(d -> d.pupilName() + " (" + d.leerling() + ")").setHeader(getTranslation("duo.col.pupil"));
        grid.addColumn(d -> getTranslation("duo.type." + d.type())).setHeader(getTranslation("duo.col.type"));
        grid.addColumn(d -> Messages.date(d.startDate()) + " – " + (d.endDate() == null ? "" : Messages.date(d.endDate())))
                .setHeader(getTranslation("duo.col.period"));
        grid.addColumn(DuoReport::hours).setHeader(getTranslation("duo.col.hours"));
        grid.addColumn(d -> getTranslation("duo.status." + d.status())).setHeader(getTranslation("duo.col.status"));
        grid.addItemClickListener(e -> open(e.getItem().id()));
        grid.setAllRowsVisible(true);
        actions.addColumn(a -> Messages.date(a.happenedOn())).setHeader(getTranslation("duo.field.actionDate"));
        actions.addColumn(a -> getTranslation("duo.action." + a.kind())).setHeader(getTranslation("duo.field.action"));
        actions.addColumn(DuoActionEntry::note).setHeader(getTranslation("duo.field.actionNote"));
        actions.addColumn(a -> getTranslation("lpaction.status." + a.status())).setHeader(getTranslation("lpaction.col.status"));
        actions.addComponentColumn(this::doneButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        actions.setAllRowsVisible(true);
        kind.setLabel(getTranslation("duo.field.action"));
        kind.setItems(LeerplichtAction.values());
        kind.setItemLabelGenerator(k -> getTranslation("duo.action." + k));
        on.setValue(LocalDate.now());
        on.setHelperText(getTranslation("lpaction.date.helper"));
        outcome.setLabel(getTranslation("duo.field.outcome"));
        outcome.setItems(DuoStatus.AFGESLOTEN, DuoStatus.TER_KENNISGEVING_AANGENOMEN);
        outcome.setItemLabelGenerator(s -> getTranslation("duo.status." + s));
        Button record = new Button(getTranslation("duo.action.record"), e -> act(() -> service.recordAction(
                current.id(), kind.getValue(), on.getValue(), note.getValue())));
        Button close = new Button(getTranslation("duo.close"), e -> act(() -> service.close(current.id(), outcome.getValue())));
        add(new H2(getTranslation("duo.list.title")), filter, grid, new H3(getTranslation("duo.detail.title")), selected,
                actions, letter, new HorizontalLayout(kind, on), note, record, new HorizontalLayout(outcome, close));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
        event.getLocation().getQueryParameters().getSingleParameter("melding").map(Long::valueOf).ifPresent(this::open);
    }

    void refresh() {
        try {
            grid.setItems(service.inbox(filter.getValue()));
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    void open(long reportId) {
        try {
            LeerplichtReportService.Opened o = service.open(reportId);
            current = o.report();
            selected.setText(getTranslation("duo.detail.text", current.pupilName(), getTranslation("duo.type." + current.type()),
                    current.reportedOn() == null ? "" : Messages.date(current.reportedOn()),
                    current.duoReference() == null ? "" : current.duoReference(),
                    current.reason() == null ? "" : current.reason(),
                    current.schoolActions() == null ? "" : current.schoolActions()));
            actions.setItems(o.actions());
            letter.show(current.id());
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private com.vaadin.flow.component.Component doneButton(DuoActionEntry a) {
        if (a.status() != nl.aanwezig.legal.duo.ActionStatus.GEPLAND) {
            return new com.vaadin.flow.component.html.Span();
        }
        return new Button(getTranslation("lpaction.done"), e -> act(() -> service.actionDone(a.id())));
    }

    private void act(Runnable work) {
        if (current == null) {
            return;
        }
        try {
            work.run();
            Notifications.success(getTranslation("duo.saved"));
            long id = current.id();
            refresh();
            open(id);
        } catch (UserFacingException e) {
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
