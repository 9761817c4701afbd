package nl.aanwezig.legal.duo.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoReportService;
import nl.aanwezig.legal.duo.DuoStatus;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.DuoProcess;
import org.springframework.security.access.AccessDeniedException;

/**
 * The OC's DUO-meldingen: the school's verzuimmeldingen by status. A report still to be made opens its task's form
 * (duo-melding); any other shows its facts read-only here, with the way to the pupil's page.
 */
@Route("duo-meldingen")
@PageTitle("DUO-meldingen – Aanwezig")
@Menu(title = "export.duo.nav", order = 4.6)
@RolesAllowed("OC")
public class DuoMeldingenView extends VerticalLayout {

    final Select<DuoStatus> filter = new Select<>();
    final Grid<DuoReport> grid = new Grid<>();
    final Paragraph detail = new Paragraph();

    private final transient DuoReportService reports;
    private final transient TaskService tasks;
    private final transient CurrentUsers users;

    public DuoMeldingenView(DuoReportService reports, TaskService tasks, CurrentUsers users) {
        this.reports = reports;
        this.tasks = tasks;
        this.users = users;
        filter.setLabel(getTranslation("duo.field.status"));
        filter.setItems(DuoStatus.values());
        filter.setEmptySelectionAllowed(true);
        filter.setItemLabelGenerator(s -> s == null ? getTranslation("duo.filter.all") : getTranslation("duo.status." + s));
        filter.addValueChangeListener(e -> refresh());
        grid.addColumn(d -> d.pupilName() + " (" + d.leerling() + ")").setHeader(getTranslation("duo.col.pupil"));
        grid.addColumn(d -> getTranslation("duo.type." + d.type())).setHeader(getTranslation("duo.col.type"));
        grid.addColumn(d -> getTranslation("duo.status." + d.status())).setHeader(getTranslation("duo.field.status"));
        grid.addColumn(d -> Messages.date(d.endDate())).setHeader(getTranslation("export.duo.col.end"));
        grid.addColumn(d -> Messages.date(d.deadline())).setHeader(getTranslation("export.duo.col.deadline"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation("export.duo.title")), filter, grid, detail);
        refresh();
    }

    void refresh() {
        Long school = users.require().schoolId();
        try {
            grid.setItems(school == null ? List.of() : reports.ofSchool(school, filter.getValue()));
        } catch (AccessDeniedException e) {
            grid.setItems(List.of());
        }
    }

    /** The open report task of the report's case, if the report is still to be made. */
    Optional<TaskItem> openTask(DuoReport d) {
        return tasks.inbox().stream()
                .filter(t -> t.caseId() == d.caseId() && DuoProcess.FORM_DUO_REPORT.equals(t.form())).findFirst();
    }

    void open(DuoReport d) {
        Optional<TaskItem> task = d.status() == DuoStatus.CONCEPT ? openTask(d) : Optional.empty();
        if (task.isPresent()) {
            getUI().ifPresent(ui -> ui.navigate("duo-melding/" + task.get().taskId()));
            return;
        }
        detail.removeAll();
        detail.setText(getTranslation("export.duo.detail", d.pupilName(), getTranslation("duo.type." + d.type()),
                Messages.date(d.startDate()), Messages.date(d.endDate()), d.hours(),
                getTranslation("duo.status." + d.status()), d.reportedOn() == null ? "-" : Messages.date(d.reportedOn()),
                d.duoReference() == null ? "-" : d.duoReference()));
        detail.add(new com.vaadin.flow.component.html.Anchor("leerling/" + d.pupilId(),
                " " + getTranslation("export.duo.toPupil")));
    }
}
