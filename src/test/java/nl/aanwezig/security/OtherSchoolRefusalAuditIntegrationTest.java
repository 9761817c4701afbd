package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An OC asking another school's code list, preset, lesson hours, default lateness, concern criteria or absence
 * export is refused with 403, and exactly one refusal row names the OC and what was tried (issue #17 M3: these
 * answered "De poging is vastgelegd" and wrote nothing).
 */
@IntegrationTest
class OtherSchoolRefusalAuditIntegrationTest {

    /** School A is the OC's own, B the other one; neither BRIN is used by another test class. */
    static final String OWN = "81RA";
    static final String OTHER = "82RB";

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired AuditEntries audit;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data.school(OTHER, Sector.VO);
    }

    static Stream<Arguments> otherSchoolsSettings() {
        String school = "/api/v1/schools/" + OTHER;
        return Stream.of(
                Arguments.of("read-codes", get(school + "/absence-codes")),
                Arguments.of("put-codes", put(school + "/absence-codes").contentType("text/csv")
                        .content("code;status;reden;geoorloofd\nZ;afwezig;ziek;ja\n")),
                Arguments.of("preset", post(school + "/absence-codes/preset/magister")),
                Arguments.of("read-hours", get(school + "/lesson-hours")),
                Arguments.of("put-hours", put(school + "/lesson-hours").contentType("text/csv")
                        .content("weekdag;lesuur;start;eind\n;1;08:30;09:20\n")),
                Arguments.of("read-late", get(school + "/default-minutes-late")),
                Arguments.of("put-late", put(school + "/default-minutes-late").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minutes\":10}")),
                Arguments.of("read-criteria", get(school + "/concern-criteria")),
                Arguments.of("put-criteria", put(school + "/concern-criteria").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unauthorisedHours\":16,\"unauthorisedWeeks\":4,\"lateTimes\":12,\"lateWeeks\":4}")),
                Arguments.of("export", get(school + "/absence-export").param("year", "2025")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherSchoolsSettings")
    void an_oc_refused_another_schools_setting_gets_403_and_exactly_one_refusal_row(String name,
                                                                                   MockHttpServletRequestBuilder request)
            throws Exception {
        String oc = "rfa-" + name;
        data.account(oc, Role.OC, data.school(OWN, Sector.VO));

        mvc.perform(request.with(httpBasic(oc, TestData.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Geen toegang: dit dossier is niet voor jou (need to know). De poging is vastgelegd."));

        List<AuditEntry> refusals = audit.findByUsernameOrderByIdAsc(oc).stream().filter(e -> !e.allowed()).toList();
        assertThat(refusals).as("one refusal row per refused attempt").hasSize(1);
        AuditEntry refusal = refusals.getFirst();
        assertThat(refusal.role()).isEqualTo(Role.OC);
        assertThat(refusal.action()).isEqualTo(AuditLog.REFUSED);
        assertThat(refusal.detail()).contains("/api/v1/schools/" + OTHER + "/");
    }
}
