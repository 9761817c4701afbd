package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Changing one's own password goes through the policy; a one-time password opens no API. */
@IntegrationTest
class PasswordChangeIntegrationTest {

    @Autowired PasswordChanges changes;
    @Autowired AuditEntries audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired WebApplicationContext context;

    @Test
    void the_api_refuses_an_account_with_a_one_time_password_with_a_403_problem_detail() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/api/v1/schools/T1VO/signals?from=2025-09-01&to=2025-09-30").with(httpBasic("t-onetime-api", "test")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("eenmalig wachtwoord")));
        assertThat(audit.findByUsernameOrderByIdAsc("t-onetime-api")).extracting(AuditEntry::action, AuditEntry::allowed)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditLog.REFUSED, false));
    }

    @Test
    void a_refused_change_names_every_problem_changes_nothing_and_is_audited() {
        String before = hash();
        assertThatThrownBy(() -> AsUser.run("t-onetime-chg", "MENTOR", () -> changes.change("wrong", "t-onetime-chg", "other")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages())
                        .extracting(UserFacingException.Message::key).containsExactly(PasswordChanges.WRONG_CURRENT,
                                PasswordPolicy.LIKE_LOGIN, PasswordChanges.NOT_REPEATED));
        assertThatThrownBy(() -> AsUser.run("t-onetime-chg", "MENTOR", () -> changes.change("test", "Welkom2025!!", "Welkom2025!!")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages())
                        .extracting(UserFacingException.Message::key).containsExactly(PasswordPolicy.COMMON));
        assertThat(hash()).isEqualTo(before);
        assertThat(AsUser.call("t-onetime-chg", "MENTOR", changes::mustChange)).isTrue();
        assertThat(audit.findByUsernameOrderByIdAsc("t-onetime-chg")).extracting(AuditEntry::action)
                .contains(PasswordChanges.CHANGE_REFUSED).doesNotContain(PasswordChanges.CHANGED);

        AsUser.run("t-onetime-chg", "MENTOR", () -> changes.change("test", "zeven blauwe vlinders", "zeven blauwe vlinders"));
        assertThat(hash()).isNotEqualTo(before).doesNotContain("zeven");
        assertThat(AsUser.call("t-onetime-chg", "MENTOR", changes::mustChange)).isFalse();
        assertThat(audit.findByUsernameOrderByIdAsc("t-onetime-chg")).extracting(AuditEntry::action)
                .contains(PasswordChanges.CHANGED);
    }

    private String hash() {
        return jdbc.queryForObject("select password_hash from staff_account where username = 't-onetime-chg'", String.class);
    }
}
