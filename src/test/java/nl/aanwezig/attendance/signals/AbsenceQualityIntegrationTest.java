package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.ImportProgress;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.ImportService;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The absence-only route's data quality checks run after an absence import: a school whose export has each finding
 * (schools T20Q1 and T20Q2 of fixture V1020_3, Herfstvakantie 19-23 October 2026), stored once, and a clean export.
 */
@IntegrationTest
class AbsenceQualityIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2026, 9, 28);
    static final LocalDate TO = LocalDate.of(2026, 10, 23);
    static final List<String> KINDS = List.of("NOT_AN_ABSENCE_AS_ABSENCE", "ABSENCES_WITHOUT_TIMETABLE",
            "HOUR_OUTSIDE_SCHEDULE", "PUPIL_WITHOUT_TIMETABLE");

    @Autowired ImportService imports;
    @Autowired SchoolScheduleService schedule;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataQualityService findingsService;

    @Test
    void each_absence_that_counts_wrongly_or_nowhere_is_found_once_after_the_import_with_a_detail_naming_it() {
        setUp("T20Q1", List.of("2031001", "2031002", "2031003", "2031004", "2031006", "2031007", "2031008"),
                List.of("2031005"));
        String timetable = classTimetable("T20Q1", "Q1A", List.of("ma", "di", "wo", "do")) + """
                T20Q1;;2031008;ma;5;2026-08-31;2027-07-16
                T20Q1;;2031008;ma;6;2026-08-31;2027-07-16
                """;
        String export = """
                T20Q1;2031001;2026-09-29;2;BV;10
                T20Q1;2031002;2026-09-30;1;HV;
                T20Q1;2031002;2026-09-30;2;HV;
                T20Q1;2031002;2026-09-30;3;hv;
                T20Q1;2031002;2026-09-30;4;HV;
                T20Q1;2031002;2026-10-01;1;HV;
                T20Q1;2031003;2026-10-02;1;Z;
                T20Q1;2031003;2026-10-02;2;Z;
                T20Q1;2031004;2026-09-28;9;A;
                T20Q1;2031004;2026-09-28;1;A;
                T20Q1;2031005;2026-09-29;1;Z;
                T20Q1;2031005;2026-09-29;2;Z;
                T20Q1;2031006;2026-10-20;1;Z;
                T20Q1;2031007;2026-10-01;1;Z;
                T20Q1;2031007;2026-10-01;2;Z;
                T20Q1;2031007;2026-10-05;1;L;5
                T20Q1;2031008;2026-09-29;1;A;
                T20Q1;2031008;2026-10-05;5;BV;
                T20Q1;2031008;2026-10-05;6;HV;
                """;
        importBoth(timetable, export);
        importBoth(timetable, export);

        assertThat(findings("T20Q1")).containsExactlyInAnyOrder(
                "NOT_AN_ABSENCE_AS_ABSENCE 2031001 2026-09-29",
                "NOT_AN_ABSENCE_AS_ABSENCE 2031002 2026-09-30",
                "NOT_AN_ABSENCE_AS_ABSENCE 2031008 2026-10-05",
                "ABSENCES_WITHOUT_TIMETABLE 2031003 2026-10-02",
                "ABSENCES_WITHOUT_TIMETABLE 2031006 2026-10-20",
                "ABSENCES_WITHOUT_TIMETABLE 2031008 2026-09-29",
                "HOUR_OUTSIDE_SCHEDULE 2031004 2026-09-28",
                "PUPIL_WITHOUT_TIMETABLE 2031005 ");
        // the details name the codes, the hours and the holiday
        assertThat(detail("NOT_AN_ABSENCE_AS_ABSENCE", "2031001")).startsWith("Code BV telt niet als verzuim");
        assertThat(detail("NOT_AN_ABSENCE_AS_ABSENCE", "2031002")).startsWith("Code HV (telt niet als verzuim)");
        assertThat(detail("NOT_AN_ABSENCE_AS_ABSENCE", "2031008")).contains("BV, HV");
        assertThat(detail("ABSENCES_WITHOUT_TIMETABLE", "2031003")).startsWith("Afwezigheden op lesuur 1, 2, maar");
        assertThat(detail("ABSENCES_WITHOUT_TIMETABLE", "2031006")).contains("(Herfstvakantie)");
        assertThat(detail("HOUR_OUTSIDE_SCHEDULE", "2031004")).startsWith("Afwezigheid op lesuur 9,");
        assertThat(detail("PUPIL_WITHOUT_TIMETABLE", "2031005"))
                .startsWith("Leerling met 2 afwezigheden (29-9-2026 t/m 29-9-2026)");
        // the school's OC sees the pupil by name (the finding is about a pupil number)
        assertThat(AsUser.call("t-oc-q1", "OC", findingsService::findings))
                .filteredOn(f -> f.kind().equals("PUPIL_WITHOUT_TIMETABLE"))
                .extracting(DataQualityService.Finding::pupilName).containsExactly("Kim Test2031005");
    }

    @Test
    void a_clean_export_yields_no_finding() {
        setUp("T20Q2", List.of("2032001", "2032002"), List.of());
        importBoth(classTimetable("T20Q2", "Q2A", List.of("ma", "di", "wo", "do", "vr")), """
                T20Q2;2032001;2026-09-28;1;Z;
                T20Q2;2032001;2026-09-28;2;Zb;
                T20Q2;2032001;2026-10-02;4;L;7
                T20Q2;2032002;2026-09-29;3;HV;
                T20Q2;2032002;2026-10-01;1;T;
                """);

        assertThat(jdbc.queryForObject("select count(*) from absence_record a join pupil p on p.id = a.pupil_id "
                + "join school s on s.id = p.school_id where s.brin = 'T20Q2'", Integer.class)).isEqualTo(5);
        assertThat(findings("T20Q2")).isEmpty();
    }

    private void setUp(String brin, List<String> inClass, List<String> withoutTimetable) {
        StringBuilder pupils = new StringBuilder("school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;"
                + "startkwalificatie\n");
        inClass.forEach(l -> pupils.append(brin + ";" + l + ";Kim;Test" + l + ";2012-05-01;VO;" + brin.substring(3)
                + "A;;nee\n"));
        withoutTimetable.forEach(l -> pupils.append(brin + ";" + l + ";Kim;Test" + l + ";2012-05-01;VO;"
                + brin.substring(3) + "B;;nee\n"));
        long school = jdbc.queryForObject("select id from school where brin = ?", Long.class, brin);
        // the admin's classes, before the pupils may name them
        jdbc.update("insert into school_class (school_id, name) values (?, ?), (?, ?) on conflict do nothing",
                school, brin.substring(3) + "A", school, brin.substring(3) + "B");
        AsUser.run("t-admin", "ADMIN", () -> {
            ImportResult result = imports.importPupils(csv(pupils.toString()), ImportOptions.defaults(),
                    ImportProgress.NONE);
            assertThat(result.errors()).isEmpty();
            assertThat(schedule.applyPreset(school, "magister").refused()).isFalse();
        });
    }

    /** A class with lessons 1 to 4 on these weekdays the whole school year. */
    private static String classTimetable(String brin, String klas, List<String> days) {
        StringBuilder csv = new StringBuilder("school;klas;leerling;weekdag;lesuur;geldig_van;geldig_tot\n");
        for (String day : days) {
            for (int h = 1; h <= 4; h++) {
                csv.append(String.join(";", brin, klas, "", day, String.valueOf(h), "2026-08-31", "2027-07-16"))
                        .append('\n');
            }
        }
        return csv.toString();
    }

    private void importBoth(String timetable, String absences) {
        AsUser.run("t-admin", "ADMIN", () -> {
            ImportResult t = imports.importTimetable(csv(timetable), ImportOptions.defaults(), ImportProgress.NONE);
            assertThat(t.errors()).isEmpty();
            String file = "school;leerling;datum;lesuur;code;minuten_te_laat\n" + absences;
            ImportResult a = imports.importAbsences(csv(file),
                    new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical(),
                            new ExportScope(null, FROM, TO)), ImportProgress.NONE);
            assertThat(a.errors()).isEmpty();
            assertThat(a.refused()).isFalse();
        });
    }

    private List<String> findings(String brin) {
        return jdbc.queryForList("""
                select q.kind || ' ' || q.subject || ' ' || coalesce(q.issue_date::text, '')
                from data_quality_issue q join school s on s.id = q.school_id where s.brin = ? and q.kind = any(?)""",
                String.class, brin, KINDS.toArray(String[]::new));
    }

    private String detail(String kind, String leerling) {
        return jdbc.queryForObject("""
                select q.detail from data_quality_issue q join school s on s.id = q.school_id
                where s.brin = 'T20Q1' and q.kind = ? and q.subject = ?""", String.class, kind, leerling);
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
