package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.PreviewRow;
import nl.aanwezig.attendance.importing.PreviewRow.Reading;

/**
 * The first rows of an uploaded file as the import will read them, shown before anything is imported, with the
 * buttons to import it or to choose another file.
 */
class ImportPreviewPanel extends VerticalLayout {

    /** How many rows the preview shows. */
    static final int ROWS = 10;

    final Grid<PreviewRow> grid = new Grid<>();
    final Button importNow = new Button();
    final Button cancel = new Button();

    ImportPreviewPanel(Runnable onImport, Runnable onCancel) {
        setPadding(false);
        importNow.setText(getTranslation("absroute.preview.import"));
        importNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importNow.addClickListener(e -> onImport.run());
        cancel.setText(getTranslation("absroute.preview.cancel"));
        cancel.addClickListener(e -> onCancel.run());
        grid.setAllRowsVisible(true);
        // a remark is a sentence: it wraps rather than hides behind an ellipsis
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3(getTranslation("absroute.preview.title")),
                new Paragraph(getTranslation("absroute.preview.intro", ROWS)), grid,
                new HorizontalLayout(importNow, cancel));
        setVisible(false);
    }

    void show(ImportKind kind, List<PreviewRow> rows) {
        grid.removeAllColumns();
        grid.addColumn(PreviewRow::line).setHeader(getTranslation("import.errors.col.line")).setAutoWidth(true)
                .setFlexGrow(0);
        for (String column : kind.columns()) {
            grid.addColumn(r -> r.values().getOrDefault(column, "")).setHeader(column).setAutoWidth(true);
        }
        if (kind == ImportKind.ABSENCES) {
            grid.addColumn(r -> reading(r.reading())).setHeader(getTranslation("absroute.preview.col.reading"))
                    .setAutoWidth(true);
        }
        grid.addColumn(ImportPreviewPanel::remark).setHeader(getTranslation("absroute.preview.col.remark"))
                .setWidth("18em").setFlexGrow(1);
        grid.setItems(rows);
        setVisible(true);
    }

    void clear() {
        grid.setItems(List.of());
        setVisible(false);
    }

    void setImportEnabled(boolean enabled) {
        importNow.setEnabled(enabled);
        cancel.setEnabled(enabled);
    }

    /** What the row becomes, in Dutch: "afwezig (ziek), 10:30-11:20". */
    String reading(Reading reading) {
        if (reading == null || reading.status() == null) {
            return "";
        }
        String what = switch (reading.status()) {
            case AFWEZIG -> getTranslation("absroute.reading.AFWEZIG", reading.reason().csvValue());
            case TE_LAAT -> getTranslation("absroute.reading.TE_LAAT", reading.minutesLate());
            case AANWEZIG, GEEN -> getTranslation("absroute.reading." + reading.status().name());
        };
        return reading.start() == null ? what : what + ", " + reading.start() + "-" + reading.end();
    }

    private static String remark(PreviewRow row) {
        if (row.error() != null) {
            return row.error();
        }
        return row.reading() == null || row.reading().remark() == null ? "" : row.reading().remark();
    }
}
