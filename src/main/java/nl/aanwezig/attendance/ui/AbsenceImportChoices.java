package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.attendance.importing.AbsencePresets;
import nl.aanwezig.attendance.importing.AbsencePresets.Preset;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.school.Regions.SchoolRef;

/**
 * The extra choices of an absence export: the period it covers (empty: the file's first and last date), the preset
 * whose column names it has, and for the admin the school when the file has no school column. An OC imports for
 * their own school, so sees no school choice.
 */
class AbsenceImportChoices extends HorizontalLayout {

    /** The empty preset choice: the column names of the chosen kolomindeling. */
    static final String NO_PRESET = "";

    final DatePicker from = DutchDates.picker(getTranslation("absroute.import.from"));
    final DatePicker to = DutchDates.picker(getTranslation("absroute.import.to"));
    final Select<String> preset = new Select<>();
    final Select<SchoolRef> school = new Select<>();

    private final transient AbsencePresets presets;

    AbsenceImportChoices(AbsencePresets presets, List<SchoolRef> schools, boolean chooseSchool) {
        this.presets = presets;
        setPadding(false);
        setAlignItems(Alignment.BASELINE);
        from.setHelperText(getTranslation("absroute.import.period.help"));
        from.addValueChangeListener(e -> to.setMin(e.getValue()));
        preset.setLabel(getTranslation("absroute.import.preset"));
        preset.setItems(Stream.concat(Stream.of(NO_PRESET), presets.all().stream().map(Preset::id)).toList());
        preset.setItemLabelGenerator(id -> NO_PRESET.equals(id) ? getTranslation("absroute.import.preset.none")
                : presets.find(id).map(p -> p.name() + " (" + p.sector() + ")").orElse(id));
        preset.setValue(NO_PRESET);
        school.setLabel(getTranslation("absroute.import.school"));
        school.setHelperText(getTranslation("absroute.import.school.help"));
        school.setItems(schools);
        school.setItemLabelGenerator(s -> s == null ? getTranslation("absroute.import.school.fromFile")
                : s.name() + " (" + s.brin() + ")");
        school.setEmptySelectionAllowed(true);
        school.setEmptySelectionCaption(getTranslation("absroute.import.school.fromFile"));
        school.setVisible(chooseSchool);
        add(from, to, preset, school);
    }

    /** The chosen preset's column names, if a preset is chosen. */
    Optional<ColumnMapping> presetColumns() {
        String id = preset.getValue();
        return id == null || NO_PRESET.equals(id) ? Optional.empty() : presets.find(id).map(Preset::columns);
    }

    ExportScope scope() {
        SchoolRef chosen = school.isVisible() ? school.getValue() : null;
        return new ExportScope(chosen == null ? null : chosen.brin(), from.getValue(), to.getValue());
    }

    /** The chosen school's id for the preview, or {@code null}: the file's or the OC's own. */
    Long schoolId() {
        SchoolRef chosen = school.isVisible() ? school.getValue() : null;
        return chosen == null ? null : chosen.id();
    }

    void setChoicesEnabled(boolean enabled) {
        from.setEnabled(enabled);
        to.setEnabled(enabled);
        preset.setEnabled(enabled);
        school.setEnabled(enabled);
    }
}
