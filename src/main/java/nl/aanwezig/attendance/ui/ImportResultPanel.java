package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.ImportService;
import nl.aanwezig.base.upload.RowError;

/**
 * The outcome of an import: three counts and the rejected lines with their reasons; for an absence export also what it
 * withdrew and changed, or the codes the school's list does not know.
 */
class ImportResultPanel extends VerticalLayout {

    final Span accepted = new Span();
    final Span unchanged = new Span();
    final Span rejected = new Span();
    final Paragraph truncated = new Paragraph();
    final Grid<RowError> errors = new RowErrorGrid();
    final Span withdrawn = new Span();
    final Span lessonsChanged = new Span();
    final Paragraph unknownCodes = new Paragraph();
    final RouterLink codesLink = new RouterLink();

    ImportResultPanel() {
        setPadding(false);
        errors.setAllRowsVisible(false);
        errors.setHeight("24em");
        codesLink.setText(getTranslation("absroute.result.codesLink"));
        codesLink.setRoute(CodesAndHoursView.class);
        add(new HorizontalLayout(accepted, unchanged, rejected, withdrawn, lessonsChanged), unknownCodes, codesLink,
                truncated, errors);
        clear();
    }

    void show(ImportResult result) {
        accepted.setText(getTranslation("import.result.accepted") + ": " + result.accepted());
        unchanged.setText(getTranslation("import.result.unchanged") + ": " + result.unchanged());
        rejected.setText(getTranslation("import.result.rejected") + ": " + result.rejected());
        truncated.setText(getTranslation("import.errors.truncated", ImportService.MAX_ERRORS));
        truncated.setVisible(result.errorsTruncated());
        errors.setItems(result.errors());
        errors.setVisible(!result.errors().isEmpty());
        showExport(result.export());
        setVisible(true);
    }

    /** For an absence export: what it withdrew and changed, or the codes that refused it. */
    private void showExport(ImportResult.ExportOutcome export) {
        boolean counts = export != null && export.unknownCodes().isEmpty();
        withdrawn.setVisible(counts);
        lessonsChanged.setVisible(counts);
        if (counts) {
            withdrawn.setText(getTranslation("absroute.result.withdrawn") + ": " + export.withdrawn());
            lessonsChanged.setText(getTranslation("absroute.result.lessonsChanged") + ": " + export.lessonsChanged());
        }
        boolean unknown = export != null && !export.unknownCodes().isEmpty();
        unknownCodes.setVisible(unknown);
        codesLink.setVisible(unknown);
        if (unknown) {
            unknownCodes.setText(getTranslation("absroute.result.unknownCodes", export.unknownCodes().size(),
                    String.join(", ", export.unknownCodes())));
        }
    }

    void clear() {
        errors.setItems(List.of());
        setVisible(false);
    }
}
