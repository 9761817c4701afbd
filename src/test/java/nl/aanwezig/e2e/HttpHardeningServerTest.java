package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import jakarta.servlet.SessionTrackingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import nl.aanwezig.support.HeaderTrickler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only a real servlet container shows: error dispatches, cookies, session settings. Same context as
 * {@link MentorFlowBrowserTest} (same configuration, so Spring starts it once), with its demo logins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aanwezig.db.data-dir=${java.io.tmpdir}/aanwezig-e2e-${random.uuid}", "aanwezig.db.port=0",
    "aanwezig.engine.port=0", "aanwezig.demo-data=true"})
class HttpHardeningServerTest {

    @LocalServerPort int port;
    @Autowired ServletContext servletContext;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void a_wrong_password_on_the_api_answers_401_with_a_problem_detail_not_a_redirect_to_the_login_page() throws Exception {
        HttpResponse<String> r = send(get("/api/v1/schools/12AB/signals?from=2026-09-01&to=2026-09-30", "oc", "wrong"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic realm="));
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(r.body()).contains("\"status\":401");
    }

    @Test
    void a_role_that_may_not_import_gets_a_403_problem_detail_over_real_http() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/api/v1/imports/pupils")).header("Content-Type", "text/csv")
                .header("Authorization", basic("mentor", "demo")).POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("\"status\":403").contains("Geen toegang");
    }

    @Test
    void a_wrong_method_on_the_api_answers_405_problem_detail_over_real_http() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/api/v1/schools/12AB/signals"))
                .header("Authorization", basic("oc", "demo")).DELETE().build());
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.body()).contains("\"status\":405");
    }

    @Test
    void pages_carry_a_content_security_policy_nosniff_and_a_referrer_policy() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/login")).GET().build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'", "frame-ancestors 'none'"));
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax_and_never_in_a_url() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("/login")).GET().build());
        String cookie = r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(r.body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(servletContext.getEffectiveSessionTrackingModes()).isEqualTo(Set.of(SessionTrackingMode.COOKIE));
    }

    @Test
    void liveness_and_readiness_answer_up_without_a_login_and_without_details_and_no_other_actuator_endpoint_is_open()
            throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(url(probe)).GET().build());
            assertThat(r.statusCode()).as(probe).isEqualTo(200);
            assertThat(r.body()).as(probe).contains("\"status\":\"UP\"").doesNotContain("components")
                    .doesNotContain("details").doesNotContain("engine").doesNotContain("db");
        }
        HttpResponse<String> env = send(HttpRequest.newBuilder(url("/actuator/env")).header("Authorization",
                basic("admin", "demo")).GET().build());
        assertThat(env.statusCode()).as("not exposed, not even to the admin").isNotEqualTo(200);
        assertThat(env.body()).doesNotContain("db-credentials").doesNotContain("spring.datasource");
    }

    /**
     * Slowloris: a header line every 2 s keeps Tomcat's per-read timeout (20 s) from ever firing; the deadline for the
     * whole head (30 s from the first byte) closes the connection. The test waits for the close itself, up to twice the
     * deadline (closed() is false if it never came).
     */
    @Test
    void a_client_trickling_header_lines_is_cut_off_once_the_header_deadline_has_passed() throws Exception {
        HeaderTrickler.Trickled cut = HeaderTrickler.trickle(port, "/login", Duration.ofSeconds(2), Duration.ofSeconds(60));
        assertThat(cut.closed()).as("the server closed the connection without answering").isTrue();
        assertThat(cut.took()).as("cut at the 30 s header deadline, not before it").isGreaterThanOrEqualTo(
                Duration.ofSeconds(25));
        assertThat(cut.lines()).as("still trickling when cut: no per-read timeout did it").isGreaterThan(10);
    }

    @Test
    void a_session_ends_after_30_idle_minutes() {
        assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
    }

    private HttpRequest get(String path, String user, String password) {
        return HttpRequest.newBuilder(url(path)).header("Authorization", basic(user, password)).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
