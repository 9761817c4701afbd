package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Issue #17 M10: another site's form can not log a browser in; the login form's post needs the CSRF token. */
@IntegrationTest
class LoginCsrfIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired AuditEntries audit;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data.account("csrf-oc", Role.OC, schools.findByBrin("T1VO").orElseThrow());
    }

    @Test
    void a_login_post_with_the_right_password_and_no_csrf_token_is_refused_and_logs_nobody_in() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/login").session(session)
                        .param("username", "csrf-oc").param("password", TestData.PASSWORD)
                        .header("Origin", "https://evil.example"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).as("refused by the CSRF check").isEqualTo(403);
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .as("no logged-in session").isNull();
        assertThat(audit.findByUsernameOrderByIdAsc("csrf-oc")).extracting(AuditEntry::action)
                .doesNotContain(AuditLog.LOGIN);
    }

    @Test
    void a_login_post_with_the_csrf_token_logs_in() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", "csrf-oc").param("password", TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNotNull();
    }
}
