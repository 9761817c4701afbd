package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import nl.aanwezig.base.upload.RowError;

/** The refused lines of a file, each with its Dutch reason: the import's result and a school list's upload. */
class RowErrorGrid extends Grid<RowError> {

    RowErrorGrid() {
        addColumn(RowError::line).setHeader(getTranslation("import.errors.col.line")).setAutoWidth(true).setFlexGrow(0);
        addColumn(RowError::reason).setHeader(getTranslation("import.errors.col.reason")).setFlexGrow(1);
    }
}
