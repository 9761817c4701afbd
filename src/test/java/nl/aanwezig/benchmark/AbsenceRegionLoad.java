package nl.aanwezig.benchmark;

import static nl.aanwezig.benchmark.StepTable.since;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.ImportProgress;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.ImportService;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The setup of {@link AbsenceRegionData}'s region through the product's own services, shared by the benchmarks that
 * need that region loaded ({@link AbsenceRouteBenchmark} times the year's import, {@link RegionPagesBenchmark} opens
 * the screens on top of it): schools with classes, holidays and the Magister preset, the pupils and the timetable
 * imported as the admin, and the year's absence-only export imported as one file.
 */
final class AbsenceRegionLoad {

    static final Path OUT = Path.of("target", "benchmark");

    private final ImportService imports;
    private final SchoolScheduleService schedule;
    private final TestData data;
    private final JdbcTemplate jdbc;

    AbsenceRegionLoad(ImportService imports, SchoolScheduleService schedule, TestData data, JdbcTemplate jdbc) {
        this.imports = imports;
        this.schedule = schedule;
        this.data = data;
        this.jdbc = jdbc;
    }

    /** Schools, holidays, pupils, the Magister preset (codes and bell schedule) and the timetable, as the admin. */
    long[] setUpSchools(AbsenceRegionData region, StepTable table) throws Exception {
        Files.createDirectories(OUT);
        long[] ids = new long[AbsenceRegionData.SCHOOLS];
        for (int s = 0; s < ids.length; s++) {
            School school = data.school(AbsenceRegionData.brin(s), Sector.VO);
            ids[s] = school.id();
            RegionData.createClassesAndMentors(jdbc, school.id(), region.classes());
            for (LocalDate[] holiday : AbsenceRegionData.holidays()) {
                jdbc.update("insert into school_calendar_period (school_id, kind, name, first_day, last_day) "
                        + "values (?, 'HOLIDAY', 'Vakantie', ?, ?)", ids[s], holiday[0], holiday[1]);
            }
            long id = ids[s];
            asAdmin(() -> assertThat(schedule.applyPreset(id, AbsenceRegionData.PRESET).refused()).isFalse());
        }
        Path pupils = OUT.resolve("leerlingen-verzuim.csv");
        region.writePupils(pupils);
        long t0 = System.nanoTime();
        ImportResult imported = asAdmin(() -> imports.importFile(ImportKind.PUPILS, pupils, ImportOptions.defaults(),
                ImportProgress.NONE));
        table.row("pupil import (app)", region.pupils(), since(t0), "", "");
        assertThat(imported.accepted()).isEqualTo(region.pupils());
        Path timetable = OUT.resolve("rooster-verzuim.csv");
        region.writeTimetable(timetable);
        t0 = System.nanoTime();
        ImportResult entries = asAdmin(() -> imports.importFile(ImportKind.TIMETABLE, timetable,
                ImportOptions.defaults(), ImportProgress.NONE));
        table.row("timetable import (app, one file for the region)", entries.accepted(), since(t0), "", "");
        assertThat(entries.errors()).isEmpty();
        Files.delete(pupils);
        Files.delete(timetable);
        return ids;
    }

    /** The region's pupil ids in the data's order (school, then pupil number). */
    long[] pupilIds(AbsenceRegionData region, long[] schoolIds) {
        long[] ids = new long[region.pupils()];
        for (int s = 0; s < schoolIds.length; s++) {
            int base = s * region.pupilsPerSchool;
            jdbc.query("select leerling, id from pupil where school_id = ?", rs -> {
                ids[base + Integer.parseInt(rs.getString(1)) - 200_000] = rs.getLong(2);
            }, schoolIds[s]);
        }
        assertThat(Arrays.stream(ids).allMatch(id -> id > 0)).isTrue();
        return ids;
    }

    /** The year's absence-only export of the region, as one file, all or nothing (the whole call). */
    ImportResult importYear(Path export) {
        return asAdmin(() -> imports.importFile(ImportKind.ABSENCES, export, new ImportOptions(
                ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical(), new ExportScope(null, RegionData.FIRST_DAY,
                RegionData.LAST_DAY)), ImportProgress.NONE));
    }

    static <T> T asAdmin(Callable<T> work) {
        return AsUser.call("t-admin", "ADMIN", () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
