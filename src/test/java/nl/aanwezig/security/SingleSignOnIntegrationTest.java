package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanwezig.support.SecurityStrategyListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID Connect provider (Spring Authorization Server, {@link OidcProvider}) over
 * real HTTP, as a browser does it: the app sends the user to the provider, the provider's login form, the code
 * back to the app, the app's token and user info requests, and the mapping onto the app's account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
@TestExecutionListeners(listeners = SecurityStrategyListener.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class SingleSignOnIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static int appPort;
    private static int providerPort;
    private static ConfigurableApplicationContext provider;

    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) throws IOException {
        appPort = freePort();
        providerPort = freePort();
        registry.add("server.port", () -> appPort);
        registry.add("aanwezig.oidc.issuer", () -> OidcProvider.issuer(providerPort));
        registry.add("aanwezig.oidc.client-id", () -> OidcProvider.CLIENT_ID);
        registry.add("aanwezig.oidc.client-secret", () -> OidcProvider.CLIENT_SECRET);
        registry.add("aanwezig.oidc.name", () -> "Testprovider");
        registry.add("aanwezig.db.data-dir", () -> System.getProperty("java.io.tmpdir") + "/aanwezig-sso-" + appPort);
    }

    /** After the app (see {@link OidcProvider#start}); the app reads the provider's metadata at the first login. */
    @BeforeEach
    void startProvider() {
        if (provider == null) {
            provider = OidcProvider.start(providerPort, "http://localhost:" + appPort + "/login/oauth2/code/oidc");
        }
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    @Test
    void a_login_at_the_provider_maps_onto_the_account_of_the_same_name_and_opens_the_app() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> end = loginAtProvider(browser, "t-mentor");
        assertThat(end.uri().toString()).isEqualTo("http://localhost:" + appPort + "/");
        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForList("select detail from audit_log where username = 't-mentor' and action = 'LOGIN'",
                String.class)).contains("single sign-on");

        HttpResponse<String> page = browser.send(page(app("/vandaag")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.uri().getPath()).as("logged in: no way back to the login page").isEqualTo("/vandaag");
    }

    @Test
    void a_provider_login_without_an_account_here_is_refused_with_the_dutch_message_and_audited() throws Exception {
        HttpResponse<String> end = loginAtProvider(browser(), "stranger");
        assertThat(end.uri().toString()).isEqualTo("http://localhost:" + appPort + "/login?sso-error");
        assertThat(jdbc.queryForList("select detail from audit_log where username = 'stranger' and action = 'LOGIN_FAILED'",
                String.class)).anySatisfy(d -> assertThat(d).startsWith("single sign-on: geen (actief) account"));
    }

    /** From the app's start of the login to wherever the app sends the browser after the code came back. */
    private HttpResponse<String> loginAtProvider(HttpClient browser, String user) throws Exception {
        HttpResponse<String> form = browser.send(page(app(SingleSignOn.LOGIN_PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.uri().toString()).startsWith(OidcProvider.issuer(providerPort) + "/login");
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the provider's login form").isTrue();
        String body = "username=" + user + "&password=" + OidcProvider.PASSWORD + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return browser.send(page(URI.create(OidcProvider.issuer(providerPort) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a browser asks for a page (the provider sends only a browser to its login form). */
    private static HttpRequest.Builder page(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    private static URI app(String path) {
        return URI.create("http://localhost:" + appPort + path);
    }
}
