package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Ten failed logins within 15 minutes lock a login for 15 minutes, over the API and on the login screen. */
@IntegrationTest
class LoginThrottleIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditEntries audit;
    MockMvc mvc;
    School school;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        school = schools.findByBrin("T1VO").orElseThrow();
    }

    @Test
    void the_eleventh_attempt_with_the_right_password_is_refused_with_429() throws Exception {
        data.account("lt-api", Role.OC, school);
        for (int i = 0; i < 10; i++) {
            signals("lt-api", "wrong" + i).andExpect(status().isUnauthorized());
        }
        signals("lt-api", TestData.PASSWORD)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Te veel mislukte inlogpogingen")))
                .andExpect(header().exists("Retry-After"));
        assertThat(jdbc.queryForObject("select locked_until is not null from login_throttle where username = 'lt-api'", Boolean.class))
                .as("the lock is in the database, for every instance").isTrue();
        assertThat(audit.findByUsernameOrderByIdAsc("lt-api")).extracting(AuditEntry::action)
                .containsSequence(AuditLog.LOGIN_FAILED, AuditLog.LOGIN_LOCKED).doesNotContain(AuditLog.LOGIN);
    }

    @Test
    void nine_failures_do_not_lock_and_a_good_login_forgets_them() throws Exception {
        data.account("lt-nine", Role.OC, school);
        for (int i = 0; i < 9; i++) {
            signals("lt-nine", "wrong").andExpect(status().isUnauthorized());
        }
        signals("lt-nine", TestData.PASSWORD).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = 'lt-nine'", Integer.class)).isZero();
    }

    @Test
    void the_login_screen_says_the_login_is_locked() throws Exception {
        data.account("lt-form", Role.OC, school);
        for (int i = 0; i < 10; i++) {
            mvc.perform(formLogin("/login").user("lt-form").password("wrong")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("lt-form").password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void an_admin_lifts_the_lock_through_the_api() throws Exception {
        data.account("lt-unlock", Role.OC, school);
        for (int i = 0; i < 10; i++) {
            signals("lt-unlock", "wrong").andExpect(status().isUnauthorized());
        }
        signals("lt-unlock", TestData.PASSWORD).andExpect(status().isTooManyRequests());

        mvc.perform(post("/api/v1/admin/accounts/lt-unlock/unlock").with(httpBasic("t-oc", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/accounts/lt-unlock/unlock").with(httpBasic("t-admin", TestData.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unlocked").value(true));

        signals("lt-unlock", TestData.PASSWORD).andExpect(status().isOk());
        assertThat(audit.findByUsernameOrderByIdAsc("t-admin")).extracting(AuditEntry::action).contains(AuditLog.ACCOUNT_UNLOCKED);
    }

    private ResultActions signals(String user, String password) throws Exception {
        return mvc.perform(get("/api/v1/schools/T1VO/signals").param("from", "2026-09-01").param("to", "2026-09-30")
                .with(httpBasic(user, password)));
    }
}
