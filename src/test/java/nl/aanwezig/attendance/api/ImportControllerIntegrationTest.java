package nl.aanwezig.attendance.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.aanwezig.attendance.importing.ImportTestFiles;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The import API over HTTP Basic, through the real security filter chain. */
@IntegrationTest
class ImportControllerIntegrationTest {

    private static final String BRIN = "66AP";
    private static final String OTHER_BRIN = "66AQ";

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData data;

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
        data.school("66AS", Sector.VO);
        String pupils = ImportTestFiles.sample("pupils.csv", "66AS");
        String registrations = ImportTestFiles.sample("registraties.csv", "66AS");

        upload("/api/v1/imports/pupils", pupils, "api-admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(40)).andExpect(jsonPath("$.errors").isEmpty());
        upload("/api/v1/imports/registrations", registrations, "api-admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(8400)).andExpect(jsonPath("$.rejected").value(0));
        upload("/api/v1/imports/registrations", registrations, "api-admin", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.unchanged").value(8400));
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
