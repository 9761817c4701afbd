package nl.aanwezig.legal.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.DuoFixtures;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A report is the school's own until the OC has made it at DUO: leerplicht sees neither the OC's concept nor a report
 * withdrawn before it was made, in the list API ({@code GET /api/v1/schools/{brin}/reports}) nor on the
 * Verzuimmeldingen screen ({@link LeerplichtReportService}); the school's OC sees all three.
 */
@IntegrationTest
class LeerplichtSeesSentReportsOnlyIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired DuoFixtures duo;
    @Autowired Routes routes;
    @Autowired DuoReportService reports;
    @Autowired LeerplichtReportService leerplicht;
    @Autowired Clock clock;
    MockMvc mvc;

    static DuoReport concept;
    static DuoReport withdrawn;
    static DuoReport sent;

    @BeforeEach
    void threeReports() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (concept != null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        var c = duo.sixteenHours("lp-sent-concept", today);
        concept = AsUser.call("t-oc", "OC", () -> reports.forTask(c.reportTask().id()));

        var w = duo.sixteenHours("lp-sent-withdrawn", today);
        withdrawn = AsUser.call("t-oc", "OC", () -> reports.forTask(w.reportTask().id()));
        AsUser.run("t-oc", "OC", () -> reports.withdraw(w.reportTask().id(), "Ouders hebben het verzuim verklaard"));

        var s = duo.sixteenHours("lp-sent-made", today);
        sent = AsUser.call("t-oc", "OC", () -> reports.forTask(s.reportTask().id()));
        AsUser.run("t-oc", "OC", () -> reports.report(s.reportTask().id(),
                DuoFixtures.made(sent.startDate(), sent.endDate(), today)));
    }

    @Test
    void the_list_api_gives_leerplicht_the_sent_report_but_not_the_concept_nor_the_withdrawn_one() throws Exception {
        String path = "/api/v1/schools/" + routes.school().brin() + "/reports";
        mvc.perform(get(path).with(httpBasic("t-leerplicht", "test"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.leerling == 'lp-sent-made')].status").value("GEMELD"))
                .andExpect(jsonPath("$[?(@.leerling == 'lp-sent-concept')]").isEmpty())
                .andExpect(jsonPath("$[?(@.leerling == 'lp-sent-withdrawn')]").isEmpty());
        mvc.perform(get(path).param("status", "CONCEPT").with(httpBasic("t-leerplicht", "test")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());

        mvc.perform(get(path).with(httpBasic("t-oc", "test"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.leerling == 'lp-sent-concept')].status").value("CONCEPT"))
                .andExpect(jsonPath("$[?(@.leerling == 'lp-sent-withdrawn')].status").value("INGETROKKEN"));
    }

    @Test
    void the_verzuimmeldingen_screens_service_lists_and_opens_only_sent_reports_for_leerplicht() {
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.inbox(null))).extracting(DuoReport::id)
                .contains(sent.id()).doesNotContain(concept.id(), withdrawn.id());
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.inbox(DuoStatus.INGETROKKEN))).isEmpty();
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> reports.ofSchool(routes.school().id(), null)))
                .extracting(DuoReport::id).contains(sent.id()).doesNotContain(concept.id(), withdrawn.id());

        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.open(sent.id())).report().id())
                .isEqualTo(sent.id());
        assertThatThrownBy(() -> AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.open(concept.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.open(withdrawn.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("t-oc", "OC", () -> leerplicht.open(concept.id())).report().id()).isEqualTo(concept.id());
    }
}
