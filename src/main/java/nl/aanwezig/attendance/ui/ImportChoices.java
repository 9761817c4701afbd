package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.MappingService;
import nl.aanwezig.attendance.importing.SavedMapping;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;

/**
 * The choices of the import screen (kind of file, kolomindeling, mode) set up, and read into import options. The
 * fields stay on {@link ImportView}, which reacts to them; this only keeps their setup out of the view.
 */
final class ImportChoices {

    private ImportChoices() {
    }

    /** Labels and items, and the expected columns under the kind; setting the starting values here fires nothing. */
    static void configure(Component texts, RadioButtonGroup<ImportKind> kind, Select<String> mapping,
                          RadioButtonGroup<ImportMode> mode) {
        kind.setLabel(texts.getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> texts.getTranslation("import.kind." + k));
        kind.setValue(ImportKind.REGISTRATIONS);
        // the columns each kind expects, as its reader defines them (ImportKind.columns), under the choice
        kind.setHelperText(columnsText(texts, kind.getValue()));
        kind.addValueChangeListener(e -> kind.setHelperText(columnsText(texts, e.getValue())));
        mapping.setLabel(texts.getTranslation("import.mapping"));
        mapping.setItemLabelGenerator(name -> ImportView.STANDARD.equals(name)
                ? texts.getTranslation("import.mapping.standard") : name);
        mode.setLabel(texts.getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> texts.getTranslation("import.mode." + m));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
    }

    /** "Verwachte kolommen (in de kopregel): school, leerling, ...": what a file of this kind must hold. */
    static String columnsText(Component texts, ImportKind kind) {
        return kind == null ? "" : texts.getTranslation("p1.import.columns", String.join(", ", kind.columns()));
    }

    /** The options the choices stand for; a saved mapping that has gone since means the standard format. */
    static ImportOptions options(ImportKind kind, String mappingName, ImportMode mode, MappingService mappings,
                                 AbsenceImportChoices absenceChoices) {
        ColumnMapping columns = mappingName == null || ImportView.STANDARD.equals(mappingName) ? ColumnMapping.canonical()
                : mappings.get(mappingName).map(SavedMapping::mapping).orElse(ColumnMapping.canonical());
        if (kind != ImportKind.ABSENCES) {
            return new ImportOptions(mode, columns);
        }
        // a chosen preset names the export's columns; a saved kolomindeling still applies without one
        return new ImportOptions(mode, absenceChoices.presetColumns().orElse(columns), absenceChoices.scope());
    }
}
