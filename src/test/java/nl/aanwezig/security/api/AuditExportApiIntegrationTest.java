package nl.aanwezig.security.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.AuditEntries;
import nl.aanwezig.security.AuditEntry;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code GET /api/v1/admin/audit/pupils/{brin}/{leerling}}: one pupil's trail for an inzageverzoek. */
@IntegrationTest
class AuditExportApiIntegrationTest {

    static final String PATH = "/api/v1/admin/audit/pupils/AU02/";

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired AuditLog log;
    @Autowired AuditEntries entries;
    MockMvc mvc;
    Pupil mine;
    Pupil other;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        School school = data.school("AU02", Sector.VO);
        mine = data.pupil(school, "ax-1", "2A", "m.au02");
        other = data.pupil(school, "ax-2", "2A", "m.au02");
        if (entries.findByUsernameOrderByIdAsc("ax-reader").isEmpty()) {
            CurrentUser reader = new CurrentUser("ax-reader", "Reader", Role.OC, school.id());
            log.record(reader, mine.id(), "DOSSIER_READ", true, "dossier");
            log.record(reader, other.id(), "DOSSIER_READ", true, "dossier van de ander");
        }
    }

    @Test
    void the_admin_downloads_the_csv_of_that_pupil_only() throws Exception {
        String csv = mvc.perform(get(PATH + "ax-1").accept("text/csv").with(httpBasic("t-admin", "test")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("ax-reader;OC;AU02/ax-1;DOSSIER_READ;ja;dossier")
                .doesNotContain("AU02/ax-2").doesNotContain("van de ander");
        assertThat(entries.findByPupilIdOrderByIdAsc(mine.id())).extracting(AuditEntry::username, AuditEntry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("t-admin", "AUDIT_EXPORTED"));
    }

    @Test
    void the_same_trail_as_json_when_asked_for() throws Exception {
        mvc.perform(get(PATH + "ax-1").accept("application/json").with(httpBasic("t-admin", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].username").value("ax-reader"))
                .andExpect(jsonPath("$[*].pupil", Matchers.everyItem(Matchers.is("AU02/ax-1"))));
    }

    @Test
    void an_unknown_pupil_answers_404_problem_detail() throws Exception {
        mvc.perform(get(PATH + "nobody").accept("text/csv").with(httpBasic("t-admin", "test")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Leerling nobody van school AU02 is niet bekend."));
    }

    @Test
    void a_non_admin_gets_403_and_the_refusal_is_audited() throws Exception {
        mvc.perform(get(PATH + "ax-1").accept("text/csv").with(httpBasic("t-oc", "test")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        assertThat(entries.findByUsernameOrderByIdAsc("t-oc")).extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditLog.REFUSED, "GET " + PATH + "ax-1"));
    }
}
