package nl.aanwezig.attendance.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.aanwezig.attendance.importing.AbsencePresets;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.MappingService;
import nl.aanwezig.attendance.importing.SavedMapping;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems;
import nl.aanwezig.school.KnownSchoolYears;
import org.springframework.stereotype.Component;

/**
 * The query parameters of an import (mode, column mapping or preset, export period) read into import options. Every
 * wrong value is a 400 with a Dutch message, answered before the import controller reads the body.
 */
@Component
class ImportParameters {

    private final MappingService mappings;
    private final AbsencePresets presets;
    private final KnownSchoolYears years;

    ImportParameters(MappingService mappings, AbsencePresets presets, KnownSchoolYears years) {
        this.mappings = mappings;
        this.presets = presets;
        this.years = years;
    }

    /** The period of an absence export; both ends, when given, must lie in a known school year. */
    ImportOptions.ExportScope absenceScope(String school, String from, String to, Integer confirm) {
        ImportOptions.ExportScope scope = new ImportOptions.ExportScope(school, date(from), date(to), confirm);
        if (scope.from() != null && scope.to() != null && scope.to().isBefore(scope.from())) {
            throw new ApiProblems.BadRequest(Messages.nl("import.error.badPeriod"));
        }
        for (LocalDate end : new LocalDate[] {scope.from(), scope.to()}) {
            if (end != null && !years.contains(end)) {
                throw new ApiProblems.BadRequest(Messages.nl("import.error.periodOutsideSchoolYears", end.toString(),
                        years.first().toString(), years.last().toString()));
            }
        }
        return scope;
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ApiProblems.BadRequest(Messages.nl("import.error.badDate", Echo.of(value)));
        }
    }

    static ImportMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return ImportMode.ALL_OR_NOTHING;
        }
        try {
            return ImportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.BadRequest(Messages.nl("import.error.badMode", Echo.of(mode)));
        }
    }

    /** A preset wins over a saved mapping; neither means the canonical columns. */
    ColumnMapping mapping(ImportKind kind, String name, String preset) {
        if (preset != null && !preset.isBlank()) {
            return presets.find(preset.strip()).map(AbsencePresets.Preset::columns)
                    .orElseThrow(() -> new ApiProblems.BadRequest(Messages.nl("schedule.error.unknownPreset", Echo.of(preset))));
        }
        if (name == null || name.isBlank()) {
            return ColumnMapping.canonical();
        }
        SavedMapping saved = mappings.get(name.strip())
                .orElseThrow(() -> new ApiProblems.BadRequest(Messages.nl("import.error.unknownMapping", Echo.of(name))));
        if (saved.kind() != kind) {
            throw new ApiProblems.BadRequest(Messages.nl("import.error.wrongMappingKind", saved.name(),
                    Messages.nl("import.kind." + saved.kind()), Messages.nl("import.kind." + kind)));
        }
        return saved.mapping();
    }
}
