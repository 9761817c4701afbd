package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Ten failed logins for one login from one address make that address wait, longer after each further failure,
 * over the API and on the login screen; other addresses, the owner's, are not blocked by them (issue #17 M4).
 */
@IntegrationTest
class LoginThrottleIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditEntries audit;
    @Autowired TestClock clock;
    MockMvc mvc;
    School school;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        school = schools.findByBrin("T1VO").orElseThrow();
    }

    @AfterEach
    void realTime() {
        clock.reset();
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
        assertThat(jdbc.queryForObject("select blocked_until is not null from login_throttle where username = 'lt-api' and source = '127.0.0.1'", Boolean.class))
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
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = 'lt-nine' and source <> '*'", Integer.class)).isZero();
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

    @Test
    void a_strangers_failures_from_another_address_do_not_block_the_owners_right_password_from_their_own() throws Exception {
        data.account("lt-owner", Role.OC, school);
        for (int i = 0; i < 25; i++) {
            signals("lt-owner", "guess" + i, "203.0.113.7").andExpect(status().is4xxClientError());
        }
        signals("lt-owner", TestData.PASSWORD, "203.0.113.7").andExpect(status().isTooManyRequests());

        signals("lt-owner", TestData.PASSWORD, "198.51.100.20").andExpect(status().isOk());
    }

    @Test
    void on_the_login_screen_a_strangers_failures_do_not_block_the_owners_address() throws Exception {
        data.account("lt-form-owner", Role.OC, school);
        for (int i = 0; i < 10; i++) {
            screenLogin("lt-form-owner", "wrong", "203.0.113.8")
                    .andExpect(redirectedUrl("/login?error"));
        }
        screenLogin("lt-form-owner", TestData.PASSWORD, "203.0.113.8")
                .andExpect(redirectedUrl("/login?locked"));

        screenLogin("lt-form-owner", TestData.PASSWORD, "198.51.100.21")
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void an_address_waits_one_minute_after_ten_failures_and_twice_as_long_after_each_further_one() throws Exception {
        data.account("lt-grow", Role.OC, school);
        LocalDateTime start = LocalDateTime.of(2026, 10, 5, 9, 0);
        clock.set(start);
        for (int i = 0; i < 10; i++) {
            signals("lt-grow", "wrong", "203.0.113.9").andExpect(status().isUnauthorized());
        }
        signals("lt-grow", TestData.PASSWORD, "203.0.113.9").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "60"));

        clock.set(start.plusSeconds(61));
        signals("lt-grow", "wrong", "203.0.113.9").andExpect(status().isUnauthorized());
        signals("lt-grow", TestData.PASSWORD, "203.0.113.9").andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "120"));

        clock.set(start.plusSeconds(61 + 121));
        signals("lt-grow", "wrong", "203.0.113.9").andExpect(status().isUnauthorized());
        signals("lt-grow", TestData.PASSWORD, "203.0.113.9").andExpect(header().string("Retry-After", "240"));

        clock.set(start.plusSeconds(61 + 121 + 241));
        signals("lt-grow", TestData.PASSWORD, "203.0.113.9").andExpect(status().isOk());
    }

    @Test
    void past_the_cap_over_all_addresses_an_address_waits_after_one_failure_but_one_without_failures_logs_in()
            throws Exception {
        data.account("lt-spread", Role.OC, school);
        for (int i = 0; i < 30; i++) {
            signals("lt-spread", "guess" + i, "192.0.2." + (i + 1)).andExpect(status().isUnauthorized());
        }
        signals("lt-spread", "guess-next", "192.0.2.100").andExpect(status().isUnauthorized());
        signals("lt-spread", TestData.PASSWORD, "192.0.2.100").andExpect(status().isTooManyRequests());

        signals("lt-spread", TestData.PASSWORD, "198.51.100.22").andExpect(status().isOk());
    }

    @Test
    void ipv6_addresses_of_one_64_prefix_count_as_one_source() {
        assertThat(LoginThrottle.source("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.source("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2::/64");
        assertThat(LoginThrottle.source("2001:db8:1:3::1")).isNotEqualTo(LoginThrottle.source("2001:db8:1:2::1"));
        assertThat(LoginThrottle.source("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    private ResultActions signals(String user, String password) throws Exception {
        return mvc.perform(get("/api/v1/schools/T1VO/signals").param("from", "2026-09-01").param("to", "2026-09-30")
                .with(httpBasic(user, password)));
    }

    private ResultActions signals(String user, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/schools/T1VO/signals").param("from", "2026-09-01").param("to", "2026-09-30")
                .with(httpBasic(user, password)).with(from(address)));
    }

    /** The login screen's post from an address, with its CSRF token as the browser sends it. */
    private ResultActions screenLogin(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", user).param("password", password));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
