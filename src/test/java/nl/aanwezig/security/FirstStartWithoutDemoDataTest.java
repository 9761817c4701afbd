package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.SecurityStrategyListener;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A real first start: an empty database (no test fixture, no demo data), over real HTTP. One admin appears,
 * its one-time password is printed once, and the API refuses it until the password is changed.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class, mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aanwezig.db.data-dir=${java.io.tmpdir}/aanwezig-first-${random.uuid}", "aanwezig.db.port=0",
    "aanwezig.engine.port=0", "aanwezig.demo-data=false"})
class FirstStartWithoutDemoDataTest {

    private static final Pattern PRINTED = Pattern.compile("one-time password: (\\S+)");
    private static String printedPassword;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired FirstAdmin firstAdmin;
    @Autowired PasswordChanges changes;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void the_first_start_prints_a_password_once_and_creates_exactly_one_admin_who_must_change_it(CapturedOutput output) {
        Matcher printed = PRINTED.matcher(output.getAll());
        assertThat(printed.find()).as("the one-time password in the log").isTrue();
        printedPassword = printed.group(1);
        assertThat(printed.find()).as("printed once").isFalse();
        assertThat(printedPassword).hasSize(20);
        List<Map<String, Object>> accounts = jdbc.queryForList(
                "select username, role, must_change_password from staff_account");
        assertThat(accounts).containsExactly(Map.of("username", "admin", "role", "ADMIN", "must_change_password", true));
        assertThat(firstAdmin.createIfNoAccounts()).as("an account exists: no second admin").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from staff_account", Integer.class)).isEqualTo(1);
    }

    @Test
    @Order(2)
    void the_api_refuses_the_admin_with_403_until_the_password_is_changed_and_audits_it() throws Exception {
        HttpResponse<String> refused = get("/api/v1/admin/audit/pupils/XX99/1", printedPassword);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("eenmalig wachtwoord").contains("Wijzig eerst het wachtwoord");
        assertThat(jdbc.queryForList("select detail from audit_log where username = 'admin' and action = 'REFUSED'", String.class))
                .anySatisfy(d -> assertThat(d).contains("wachtwoord nog niet gewijzigd"));

        assertThatThrownBy(() -> AsUser.run("admin", "ADMIN", () -> changes.change(printedPassword, "admin", "admin")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages())
                        .extracting(UserFacingException.Message::key)
                        .containsExactly(PasswordPolicy.TOO_SHORT, PasswordPolicy.LIKE_LOGIN, PasswordPolicy.COMMON));
        AsUser.run("admin", "ADMIN", () -> changes.change(printedPassword, "paars konijn fietst traag", "paars konijn fietst traag"));

        assertThat(get("/api/v1/admin/audit/pupils/XX99/1", printedPassword).statusCode()).as("old password").isEqualTo(401);
        HttpResponse<String> after = get("/api/v1/admin/audit/pupils/XX99/1", "paars konijn fietst traag");
        assertThat(after.statusCode()).as("past the refusal: an unknown pupil").isEqualTo(404);
        assertThat(jdbc.queryForObject("select must_change_password from staff_account where username = 'admin'",
                Boolean.class)).isFalse();
    }

    @Test
    void a_weak_admin_password_from_the_environment_stops_the_first_start_before_anything_is_written() {
        FirstAdmin weak = new FirstAdmin(false, "admin123", null, null, new PasswordPolicy(), null);
        assertThatThrownBy(weak::createIfNoAccounts).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AANWEZIG_ADMIN_PASSWORD");
    }

    private HttpResponse<String> get(String path, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + basic).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
