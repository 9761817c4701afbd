package nl.aanwezig.attendance.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.reading.PupilCsvParser;
import nl.aanwezig.attendance.importing.reading.RegistrationParser;
import nl.aanwezig.attendance.importing.reading.ScheduleParser;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.Regions.SchoolRef;
import nl.aanwezig.school.Regions;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The first rows of an import file as the import will read them, before anything is imported: the same file checks
 * and parsers as {@link ImportService}, and for an absence export what each row becomes at its school
 * ({@link AbsenceReading}). Reads only; the file is left in place. The admin for any school, an OC for their own.
 */
@Service
public class ImportPreview {

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final ImportLimits limits;
    private final Regions regions;
    private final ImportDates dates;

    ImportPreview(JdbcTemplate jdbc, CurrentUsers users, ImportLimits limits, Regions regions, ImportDates dates) {
        this.dates = dates;
        this.jdbc = jdbc;
        this.users = users;
        this.limits = limits;
        this.regions = regions;
    }

    /**
     * Reads up to {@code maxRows} rows (readable or not) of {@code file}.
     *
     * @param schoolId for an absence export without a school column: the school it is for; {@code null} for the
     *                 school of {@link ImportOptions#export()}, else the OC's own
     * @throws AccessDeniedException for an OC and another school
     */
    @PreAuthorize("hasAnyRole('ADMIN','OC')")
    public List<PreviewRow> preview(ImportKind kind, Path file, ImportOptions options, Long schoolId, int maxRows) {
        Long onlySchool = onlySchool(users.require(), schoolId);
        List<PreviewRow> rows = new ArrayList<>();
        try {
            String refusal = FileSniffer.refusal(file, limits);
            if (refusal != null) {
                return List.of(PreviewRows.error(new RowError(1, refusal)));
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                read(kind, in, options, onlySchool, schoolId, new Collector(rows, maxRows));
            }
        } catch (Collector.Full full) {
            // enough rows: the rest of the file is not read
        } catch (IOException | UncheckedIOException e) {
            return List.of(PreviewRows.error(new RowError(1, Messages.nl("import.error.unreadableFile"))));
        }
        return List.copyOf(rows);
    }

    /** The schools the user may import for: every school for the admin, the own school for an OC. */
    @PreAuthorize("hasAnyRole('ADMIN','OC')")
    public List<SchoolRef> schools() {
        CurrentUser user = users.require();
        if (user.is(Role.ADMIN)) {
            return regions.allSchools();
        }
        return user.schoolId() == null ? List.of() : regions.school(user.schoolId()).stream().toList();
    }

    private void read(ImportKind kind, InputStream in, ImportOptions options, Long onlySchool, Long schoolId,
                      Collector out) throws IOException {
        int max = limits.maxCellLength();
        Consumer<RowError> bad = e -> out.add(PreviewRows.error(e));
        switch (kind) {
            case PUPILS -> PupilCsvParser.parse(in, options.mapping(), max, r -> out.add(PreviewRows.of(r)), bad);
            // the import's date rules, so the preview shows the rows it will refuse
            case REGISTRATIONS -> RegistrationParser.parse(in, options.mapping(), max, r -> {
                String refusal = dates.lessonDayRefusal(r.lesson().date());
                out.add(refusal == null ? PreviewRows.of(r) : PreviewRows.error(new RowError(r.line(), refusal)));
            }, bad);
            case TIMETABLE -> ScheduleParser.timetable(in, options.mapping(), max, r -> {
                String refusal = dates.weekdayRefusal(r.weekday());
                refusal = refusal != null ? refusal : dates.refusal(r.validFrom());
                refusal = refusal != null ? refusal : dates.refusal(r.validTo());
                out.add(refusal == null ? PreviewRows.of(r) : PreviewRows.error(new RowError(r.line(), refusal)));
            }, bad);
            case ABSENCES -> {
                ExportScope scope = options.export() == null ? ExportScope.FILE : options.export();
                AbsenceReading reading = new AbsenceReading(jdbc, onlySchool, scope,
                        schoolId == null ? scope.school() : brin(schoolId), () -> { });
                ScheduleParser.absences(in, options.mapping(), max, r -> {
                    String refusal = dates.lessonDayRefusal(r.date());
                    out.add(refusal == null ? PreviewRows.of(r, reading.read(r))
                            : PreviewRows.error(new RowError(r.line(), refusal)));
                }, bad);
            }
        }
    }

    private String brin(long schoolId) {
        return jdbc.queryForList("select brin from school where id = ?", String.class, schoolId).stream().findFirst()
                .orElse(null);
    }

    /** As for the import: an OC reads for their own school only, and names no other. */
    private static Long onlySchool(CurrentUser user, Long schoolId) {
        if (user.is(Role.ADMIN)) {
            return null;
        }
        if (user.is(Role.OC) && user.schoolId() != null && (schoolId == null || schoolId.equals(user.schoolId()))) {
            return user.schoolId();
        }
        throw new AccessDeniedException("no import preview of school " + schoolId + " for " + user.username());
    }

    /** Collects rows until the preview has enough, then stops the parser. */
    private record Collector(List<PreviewRow> rows, int max) {

        void add(PreviewRow row) {
            if (rows.size() >= max) {
                throw new Full();
            }
            rows.add(row);
        }

        /** Thrown through the parser to stop reading. */
        private static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }
    }
}
