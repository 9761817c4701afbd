package nl.aanwezig.legal.duo.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.IntStream;
import nl.aanwezig.legal.duo.AbsenceExport;
import nl.aanwezig.legal.duo.AbsenceExportService;
import nl.aanwezig.security.CurrentUsers;

/** The OC downloads the school's absence per month and category (CSV or XLSX), for the aggregated DUO delivery. */
@Route("verzuim-export")
@PageTitle("Verzuimexport – Aanwezig")
@Menu(title = "export.nav", order = 4.7)
@RolesAllowed("OC")
public class VerzuimExportView extends VerticalLayout {

    final Select<Integer> year = new Select<>();
    final Anchor csv;
    final Anchor xlsx;

    private final transient AbsenceExportService exports;
    private final transient CurrentUsers users;

    public VerzuimExportView(AbsenceExportService exports, CurrentUsers users, Clock clock) {
        this.exports = exports;
        this.users = users;
        LocalDate today = LocalDate.now(clock);
        int current = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        year.setLabel(getTranslation("export.field.year"));
        year.setItems(IntStream.rangeClosed(current - 4, current).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y + "-" + (y + 1));
        year.setValue(current);
        csv = new Anchor(DownloadHandler.fromInputStream(e -> download(false)), getTranslation("export.csv"));
        xlsx = new Anchor(DownloadHandler.fromInputStream(e -> download(true)), getTranslation("export.xlsx"));
        add(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")), year,
                new HorizontalLayout(csv, xlsx));
    }

    /** The file for the chosen school year; the service refuses anyone but the school's own OC. */
    DownloadResponse download(boolean asXlsx) {
        AbsenceExport export = exports.of(users.require().schoolId(), year.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (asXlsx) {
            AbsenceExportService.xlsx(export, out);
        } else {
            AbsenceExportService.csv(export, out);
        }
        byte[] bytes = out.toByteArray();
        String name = "verzuim-" + export.brin() + "-" + export.startYear() + "-" + (export.startYear() + 1)
                + (asXlsx ? ".xlsx" : ".csv");
        return new DownloadResponse(new ByteArrayInputStream(bytes), name, asXlsx
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8",
                bytes.length);
    }
}
