package nl.aanwezig.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.security.AuditCsv;
import nl.aanwezig.security.AuditSearch;

/**
 * The audit trail for the admin (NEN 7513): filter by pupil, user and period, page through the rows, and export
 * everything about one pupil for an inzageverzoek. Every search and export is itself audited by the service.
 */
@Route("beheer/audit")
@PageTitle("Aanwezig – audittrail")
@Menu(title = "audit.nav", order = 80)
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss")
            .withZone(TimeConfig.SCHOOL_ZONE);

    final TextField brin = new TextField();
    final TextField leerling = new TextField();
    final TextField user = new TextField();
    final DatePicker from;
    final DatePicker to;
    final Button search = new Button();
    final Span count = new Span();
    final Grid<AuditSearch.Row> grid = new Grid<>();
    final Anchor export;
    private final transient AuditSearch audit;
    private AuditSearch.Filter filter = AuditSearch.Filter.NONE;

    public AuditView(AuditSearch audit) {
        this.audit = audit;
        setSizeFull();
        brin.setLabel(getTranslation("audit.filter.brin"));
        leerling.setLabel(getTranslation("audit.filter.leerling"));
        user.setLabel(getTranslation("audit.filter.user"));
        brin.setClearButtonVisible(true);
        leerling.setClearButtonVisible(true);
        user.setClearButtonVisible(true);
        from = DutchDates.picker(getTranslation("audit.filter.from"));
        to = DutchDates.picker(getTranslation("audit.filter.to"));
        search.setText(getTranslation("audit.filter.search"));
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.addClickListener(e -> search());
        export = new Anchor(DownloadHandler.fromInputStream(e -> download()), getTranslation("audit.export"));
        export.setEnabled(false);
        HorizontalLayout filters = new HorizontalLayout(brin, leerling, user, from, to, search);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        columns();
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters,
                new HorizontalLayout(count, export), grid);
        setFlexGrow(1, grid);
        search();
    }

    private void columns() {
        grid.addColumn(r -> AT.format(r.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
        grid.addColumn(AuditSearch.Row::username).setHeader(getTranslation("audit.col.user")).setAutoWidth(true);
        grid.addColumn(r -> r.role() == null ? "" : getTranslation("admin.role." + r.role().name())).setHeader(getTranslation("audit.col.role"));
        grid.addColumn(AuditSearch.Row::pupil).setHeader(getTranslation("audit.col.pupil")).setAutoWidth(true);
        grid.addColumn(r -> actionLabel(r.action())).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.allowed() ? "audit.yes" : "audit.no"))
                .setHeader(getTranslation("audit.col.allowed"));
        grid.addColumn(AuditSearch.Row::detail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        grid.addColumn(AuditSearch.Row::clientIp).setHeader(getTranslation("audit.col.ip"));
    }

    /** Issue #21: the action in Dutch (its code for a reader of the CSV export); a family action has its own label. */
    String actionLabel(String action) {
        if (action == null) {
            return "";
        }
        for (String key : new String[] {"audit.action." + action, "family.audit.action." + action}) {
            String label = getTranslation(key);
            if (!label.startsWith("!")) {
                return label;
            }
        }
        return getTranslation("audit.action.other", action.toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** Starts a search (checked and audited by the service), then the grid fetches its pages lazily. */
    void search() {
        brin.setInvalid(false);
        leerling.setInvalid(false);
        to.setInvalid(false);
        AuditSearch.Filter next = new AuditSearch.Filter(brin.getValue(), leerling.getValue(), user.getValue(),
                from.getValue(), to.getValue());
        int rows;
        try {
            rows = audit.search(next);
        } catch (UserFacingException e) {
            markInvalid(e);
            Notifications.error(e);
            return;
        }
        filter = next;
        count.setText(getTranslation("audit.count", rows));
        boolean onePupil = !brin.getValue().isBlank();
        export.setEnabled(onePupil);
        export.setTitle(onePupil ? "" : getTranslation("audit.export.needsPupil"));
        AuditSearch.Filter current = filter;
        grid.setItems(q -> audit.page(current, q.getOffset(), q.getLimit()).stream(), q -> audit.count(current));
    }

    private void markInvalid(UserFacingException e) {
        String key = e.messages().get(0).key();
        if (key.equals("audit.error.period")) {
            to.setInvalid(true);
        } else {
            brin.setInvalid(true);
            leerling.setInvalid(true);
        }
    }

    /** The CSV of the searched pupil's whole trail (the download link's content). */
    String exportCsv() {
        return AuditCsv.of(audit.pupilTrail(filter.brin(), filter.leerling()));
    }

    private DownloadResponse download() {
        byte[] csv = exportCsv().getBytes(StandardCharsets.UTF_8);
        String name = ("audit-" + filter.brin() + "-" + filter.leerling()).replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
        return new DownloadResponse(new ByteArrayInputStream(csv), name, "text/csv;charset=UTF-8", csv.length);
    }
}
