package nl.aanwezig.chainreview.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.export.ReviewFixture;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code /api/v1/regions/{region}/chain-reviews} and {@code /thuiszitters}: as the services allow, pseudonymised. */
@IntegrationTest
class ChainReviewApiIntegrationTest {

    static final String TAG = "rap";
    static ReviewFixture.Built built;

    @Autowired WebApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired Preparation preparation;
    @Autowired ChainReviewMeeting meeting;
    @Autowired ReviewActions actions;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (built == null) {
            built = ReviewFixture.build(jdbc, clock, preparation, meeting, actions, TAG, "2081-Q3");
        }
    }

    String region() {
        return "/api/v1/regions/" + built.regionId();
    }

    @Test
    void the_swv_downloads_the_registration_as_xlsx_by_default_and_as_csv_when_asked() throws Exception {
        mvc.perform(get(region() + "/thuiszitters").with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"thuiszitters-"
                        + built.regionId() + "-" + LocalDate.now(clock) + ".xlsx\""));
        mvc.perform(get(region() + "/thuiszitters?format=csv").with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", Matchers.endsWith(".csv\"")))
                .andExpect(content().string(Matchers.containsString(built.pupil("-l").pseudonym() + ";2B;")));
    }

    @Test
    void the_swv_of_another_region_gets_403_for_the_registration_and_the_reviews() throws Exception {
        for (String path : new String[] {"/thuiszitters", "/chain-reviews", "/chain-reviews/" + built.reviewId(),
                "/chain-reviews/" + built.reviewId() + "/report.pdf"}) {
            mvc.perform(get(region() + path).with(httpBasic("k-swv-ander", TestData.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void a_format_other_than_csv_or_xlsx_is_400_in_dutch() throws Exception {
        mvc.perform(get(region() + "/thuiszitters?format=pdf").with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Onbekend formaat 'pdf'. Kies csv of xlsx."));
    }

    @Test
    void an_unknown_review_and_a_review_of_another_region_are_404() throws Exception {
        mvc.perform(get(region() + "/chain-reviews/987654321").with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Dit ketenoverleg bestaat niet (meer)."));
        long other = preparation.prepare(jdbc.queryForObject(
                "select id from region where name = 'Andere regio keten'", Long.class), "2081-Q3", "k-swv-ander");
        mvc.perform(get(region() + "/chain-reviews/" + other).with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get(region() + "/chain-reviews/" + other + "/report.pdf").with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_list_and_the_report_answer_the_swv() throws Exception {
        mvc.perform(get(region() + "/chain-reviews").with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + built.reviewId() + ")].quarter").value("2081-Q3"));
        mvc.perform(get(region() + "/chain-reviews/" + built.reviewId() + "/report.pdf")
                        .with(httpBasic("k-swv", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"ketenoverleg-" + built.regionId() + "-2081-Q3.pdf\""));
    }

    @Test
    void the_review_names_the_pupil_for_the_oc_of_its_school_and_pseudonymises_it_for_others() throws Exception {
        ReviewFixture.Pupil orange = built.pupil("-o");
        String item = "$.items[?(@.pseudonym == '" + orange.pseudonym() + "')]";
        mvc.perform(get(region() + "/chain-reviews/" + built.reviewId()).with(httpBasic("k-oc", TestData.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".label").value(orange.firstName() + " " + orange.lastName()))
                .andExpect(jsonPath(item + ".named").value(true));
        for (String other : new String[] {"k-oc2", "k-swv"}) {
            mvc.perform(get(region() + "/chain-reviews/" + built.reviewId()).with(httpBasic(other, TestData.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(item + ".label").value("Leerling " + orange.pseudonym()))
                    .andExpect(jsonPath(item + ".named").value(false))
                    .andExpect(content().string(Matchers.not(Matchers.containsString(orange.lastName()))));
        }
    }
}
