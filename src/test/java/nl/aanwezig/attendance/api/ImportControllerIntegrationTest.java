package nl.aanwezig.attendance.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.aanwezig.attendance.importing.ImportTestFiles;
import nl.aanwezig.attendance.importing.XlsxBombs;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The import API over HTTP Basic, through the real security filter chain. */
@IntegrationTest
// its files are of the school year 2031-2032: the app takes dates of the known school years only
@nl.aanwezig.support.ClockAt("2031-10-01T12:00")
class ImportControllerIntegrationTest {

    /** Moved to the sample's own school year by the one test that imports it. */
    @Autowired
    nl.aanwezig.support.TestClock schoolYearClock;

    private static final String BRIN = "66AP";
    private static final String OTHER_BRIN = "66AQ";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        School school = data.school(BRIN, Sector.VO);
        School other = data.school(OTHER_BRIN, Sector.VO);
        data.account("api-admin", Role.ADMIN, null);
        data.account("api-oc", Role.OC, school);
        data.account("api-mentor", Role.MENTOR, school);
        data.pupil(school, "2001", "1A", null);
        data.pupil(other, "2001", "1A", null);
    }

    @Test
    void the_sample_imports_through_the_api_and_a_second_time_changes_nothing() throws Exception {
        schoolYearClock.set(java.time.LocalDateTime.of(2026, 10, 1, 12, 0)); // the sample is of September 2026
        data.school("66AS", Sector.VO);
        String pupils = ImportTestFiles.sample("pupils.csv", "66AS");
        String registrations = ImportTestFiles.sample("registraties.csv", "66AS");
        data.classesAndMentorsOf(pupils);

        upload("/api/v1/imports/pupils", pupils, "api-admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(40)).andExpect(jsonPath("$.errors").isEmpty());
        upload("/api/v1/imports/registrations", registrations, "api-admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(8400)).andExpect(jsonPath("$.rejected").value(0));
        upload("/api/v1/imports/registrations", registrations, "api-admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.unchanged").value(8400));
    }

    @Test
    void an_oc_may_not_route_a_pupils_mentor_tasks_to_leerplicht_an_unknown_name_or_another_schools_mentor()
            throws Exception {
        data.account("api-mentor-q", Role.MENTOR, data.school(OTHER_BRIN, Sector.VO));
        String file = ImportTestFiles.PUPILS_HEADER
                + BRIN + ";2101;Sem;de Vries;2011-03-14;VO;1A;api-mentor;nee\n"
                + BRIN + ";2102;Lotte;Bakker;2011-04-01;VO;1A;t-leerplicht;nee\n"
                + BRIN + ";2103;Noa;Visser;2011-05-01;VO;1A;niemand.bekend;nee\n"
                + BRIN + ";2104;Finn;Smit;2011-06-01;VO;1A;api-mentor-q;nee\n";

        upload("/api/v1/imports/pupils", file, "api-oc", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.rejected").value(3))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value("mentor 't-leerplicht' is geen actief mentoraccount van deze school"))
                .andExpect(jsonPath("$.errors[1].line").value(4))
                .andExpect(jsonPath("$.errors[1].reason").value("mentor 'niemand.bekend' is geen actief mentoraccount van deze school"))
                .andExpect(jsonPath("$.errors[2].line").value(5))
                .andExpect(jsonPath("$.errors[2].reason").value("mentor 'api-mentor-q' is geen actief mentoraccount van deze school"));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from pupil p join school s on s.id = p.school_id where s.brin = ? and p.leerling like '21__'",
                Integer.class, BRIN)).isZero();
    }

    @Test
    void a_pupil_in_a_class_the_school_does_not_have_is_refused_with_its_line() throws Exception {
        String file = ImportTestFiles.PUPILS_HEADER + BRIN + ";2201;Sem;de Vries;2011-03-14;VO;9Z;;nee\n";

        upload("/api/v1/imports/pupils", file, "api-oc", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("onbekende klas '9Z' op deze school: de beheerder maakt klassen aan (Beheer, school, klassen)"));
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                "select count(*) from school_class c join school s on s.id = c.school_id where s.brin = ? and c.name = '9Z'",
                Integer.class, BRIN)).isZero();
    }

    @Test
    void without_credentials_the_answer_is_401() throws Exception {
        mvc.perform(post("/api/v1/imports/registrations").contentType("text/csv").content("x"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void a_mentor_may_not_import() throws Exception {
        upload("/api/v1/imports/registrations", ImportTestFiles.REGISTRATIONS_HEADER, "api-mentor", "")
                .andExpect(status().isForbidden());
    }

    @Test
    void an_oc_imports_only_rows_of_their_own_school() throws Exception {
        String file = ImportTestFiles.REGISTRATIONS_HEADER
                + BRIN + ";2001;2031-09-01;08:30;09:20;aanwezig;;\n"
                + OTHER_BRIN + ";2001;2031-09-01;08:30;09:20;aanwezig;;\n";

        upload("/api/v1/imports/registrations", file, "api-oc", "?mode=VALID_ONLY").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(1)).andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value("geen toegang tot school " + OTHER_BRIN));
    }

    @Test
    void an_admin_imports_for_any_school() throws Exception {
        String file = ImportTestFiles.REGISTRATIONS_HEADER
                + BRIN + ";2001;2031-09-02;08:30;09:20;aanwezig;;\n"
                + OTHER_BRIN + ";2001;2031-09-02;08:30;09:20;aanwezig;;\n";

        upload("/api/v1/imports/registrations", file, "api-admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2));
    }

    @Test
    void a_refused_file_is_422_with_the_errors() throws Exception {
        String file = ImportTestFiles.REGISTRATIONS_HEADER
                + BRIN + ";2001;2031-09-03;08:30;09:20;aanwezig;;\n"
                + BRIN + ";2001;2031-09-03;09:20;10:10;onbekend;;\n";

        upload("/api/v1/imports/registrations", file, "api-admin", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.errors[0].line").value(3))
                .andExpect(jsonPath("$.errors[0].reason").value("onbekende status 'onbekend'"));
    }

    @Test
    void a_bad_mode_or_mapping_is_400_in_dutch() throws Exception {
        upload("/api/v1/imports/registrations", ImportTestFiles.REGISTRATIONS_HEADER, "api-admin", "?mode=SOME")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("onbekende modus 'SOME': kies ALL_OR_NOTHING of VALID_ONLY"));
        upload("/api/v1/imports/registrations", ImportTestFiles.REGISTRATIONS_HEADER, "api-admin", "?mapping=Nope")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("onbekende kolomindeling 'Nope'"));
    }

    @Test
    void a_long_invalid_value_is_echoed_cut_to_40_characters() throws Exception {
        String longStatus = "x".repeat(10_000);
        String file = ImportTestFiles.REGISTRATIONS_HEADER + BRIN + ";2001;2031-09-04;08:30;09:20;" + longStatus + ";;\n";

        upload("/api/v1/imports/registrations", file, "api-admin", "").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value("onbekende status '" + "x".repeat(40) + "…'"));
    }

    @Test
    void a_50_mb_field_is_refused_by_its_line_length_and_not_echoed_back() throws Exception {
        byte[] head = (ImportTestFiles.REGISTRATIONS_HEADER + BRIN + ";2001;2031-09-04;08:30;09:20;").getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(head, head.length + (50 << 20));
        java.util.Arrays.fill(file, head.length, file.length, (byte) 'x');

        String answer = mvc.perform(post("/api/v1/imports/registrations").contentType("text/csv").content(file)
                        .with(httpBasic("api-admin", TestData.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("regel 2 is langer dan 32767 tekens; het bestand is vanaf daar niet gelezen"))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(answer).hasSizeLessThan(500);
    }

    @Test
    void a_conflict_with_a_stored_registration_names_the_line_and_the_conflict_but_not_the_stored_value()
            throws Exception {
        upload("/api/v1/imports/registrations", ImportTestFiles.REGISTRATIONS_HEADER
                + BRIN + ";2001;2031-09-05;08:30;09:20;afwezig;ziek;\n", "api-oc", "").andExpect(status().isOk());

        String answer = upload("/api/v1/imports/registrations", ImportTestFiles.REGISTRATIONS_HEADER
                + BRIN + ";2001;2031-09-05;08:30;09:20;aanwezig;;\n", "api-admin", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value("registratie bestaat al met een andere waarde"))
                .andReturn().getResponse().getContentAsString();
        // the admin may read no dossier: nothing of what is stored comes back
        org.assertj.core.api.Assertions.assertThat(answer).doesNotContain("afwezig", "ziek");
    }

    @Test
    void a_small_xlsx_that_unpacks_to_a_200_mb_cell_is_refused_with_a_dutch_message(@TempDir Path dir)
            throws Exception {
        byte[] bomb = Files.readAllBytes(XlsxBombs.oneHugeCell(dir.resolve("bom.xlsx"), 200L << 20));

        mvc.perform(post("/api/v1/imports/registrations").contentType(ImportController.XLSX).content(bomb)
                        .with(httpBasic("api-admin", TestData.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.accepted").value(0))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].reason")
                        .value("het XLSX-bestand bevat een cel of tekst van meer dan 32767 tekens en is niet ingelezen"));
    }

    @Test
    void an_absence_export_period_outside_the_known_school_years_is_400_in_dutch() throws Exception {
        mvc.perform(post("/api/v1/imports/absences?from=0001-01-01&to=2031-10-03").contentType("text/csv")
                        .content("leerling;datum;lesuur;code\n").with(httpBasic("api-admin", TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("de periode van de export valt buiten de schooljaren die de app "
                        + "kent: 0001-01-01 ligt niet in 2023-08-01 t/m 2033-07-31"));
        mvc.perform(post("/api/v1/imports/absences?from=2031-09-01&to=9999-12-31").contentType("text/csv")
                        .content("leerling;datum;lesuur;code\n").with(httpBasic("api-admin", TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("de periode van de export valt buiten")));
    }

    @Test
    void a_default_lateness_of_one_and_a_half_minutes_is_400_not_stored_as_one() throws Exception {
        String path = "/api/v1/schools/" + BRIN + "/default-minutes-late";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":7}")
                        .with(httpBasic("api-admin", TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.minutes").value(7));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"minutes\":1.5}")
                        .with(httpBasic("api-admin", TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Het standaard aantal minuten te laat is een heel getal, niet 1.5."));
        mvc.perform(get(path).with(httpBasic("api-admin", TestData.PASSWORD))).andExpect(jsonPath("$.minutes").value(7));
    }

    /** A ZIP of CSV files, as a pupil administration's export may come: a ZIP, no XLSX. */
    private static byte[] zipOf(String name, String content) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void a_zip_that_is_no_xlsx_is_422_with_a_dutch_message_on_every_upload_that_takes_xlsx() throws Exception {
        byte[] zip = zipOf("registraties.csv", ImportTestFiles.REGISTRATIONS_HEADER + BRIN + ";2001;2026-09-01;08:30;09:20;aanwezig;;\n");
        String notXlsx = "dit ZIP-bestand is geen XLSX-werkmap (Excel) en is niet ingelezen; sla het op als Excel-werkmap (.xlsx) of als CSV (UTF-8)";
        for (String path : new String[] {"/api/v1/imports/pupils", "/api/v1/imports/registrations",
            "/api/v1/imports/timetable", "/api/v1/imports/absences"}) {
            mvc.perform(post(path).contentType(ImportController.XLSX).content(zip).with(httpBasic("api-admin", TestData.PASSWORD)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.accepted").value(0))
                    .andExpect(jsonPath("$.errors[0].line").value(1))
                    .andExpect(jsonPath("$.errors[0].reason").value(notXlsx));
        }
        String unreadable = "dit bestand is geen leesbaar CSV-bestand (UTF-8) of XLSX-bestand";
        for (String path : new String[] {"/api/v1/schools/" + BRIN + "/absence-codes", "/api/v1/schools/" + BRIN + "/lesson-hours"}) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path)
                            .contentType(MediaType.APPLICATION_OCTET_STREAM).content(zip)
                            .with(httpBasic("api-admin", TestData.PASSWORD)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].line").value(1))
                    .andExpect(jsonPath("$.errors[0].reason").value(unreadable));
        }
        // an OOXML-looking package that still is no workbook: the reader's own error is a refusal too
        byte[] halfXlsx = zipOf("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        mvc.perform(post("/api/v1/imports/registrations").contentType(ImportController.XLSX).content(halfXlsx)
                        .with(httpBasic("api-admin", TestData.PASSWORD)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].reason").value(unreadable));
    }

    @Test
    void the_openapi_document_describes_both_imports() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/imports/registrations'].post.summary").value("Registraties importeren"))
                .andExpect(jsonPath("$.paths['/api/v1/imports/pupils'].post.summary").value("Leerlingen importeren"))
                .andExpect(jsonPath("$.paths['/api/v1/imports/pupils'].post.responses", Matchers.hasKey("422")));
    }

    private ResultActions upload(String path, String body, String user, String query) throws Exception {
        return mvc.perform(post(path + query)
                .contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8))
                .with(httpBasic(user, TestData.PASSWORD)));
    }
}
