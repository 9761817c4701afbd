package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue #17, the probe: every endpoint of the API, asked by nobody, by a wrong password and by each role (an OC of the
 * school and one of another school, and a parent: t-ouder of V1026_2, whom no staff endpoint may answer), must answer exactly the status {@code security/access-matrix.tsv} writes down.
 * Writes are asked so that an allowed caller is refused for the content (an empty file, an unknown account), never
 * written: the status shows how far the caller got. An endpoint the app serves but the matrix does not list fails
 * the test, so a new endpoint cannot arrive without its row. To see the whole matrix as it is:
 * {@code -Daccess.probe.write=/tmp/matrix.tsv}.
 */
@IntegrationTest
class AccessProbeIntegrationTest {

    static final String MATRIX = "security/access-matrix.tsv";
    /** The callers, in the matrix's column order: {@code -} nobody, {@code bad} a wrong password. */
    static final List<String> CALLERS = List.of("-", "bad", "t-admin", "t-oc", "t-oc2", "t-mentor", "t-leerplicht",
            "t-jeugdarts", "t-swv", "t-coach", "t-ouder");

    @Autowired WebApplicationContext context;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        // the probe's own pupil at T1VO, without a case: a partner has no part in it
        jdbc.update("""
                insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector)
                select id, 'PROBE1', 'Pim', 'Probe', '2012-06-01', 'VO' from school where brin = 'T1VO'
                on conflict do nothing""");
    }

    @Test
    void every_endpoint_answers_every_caller_as_the_access_matrix_says() throws Exception {
        List<Row> rows = matrix();
        List<String> wrong = new ArrayList<>();
        StringBuilder actual = new StringBuilder(header());
        for (Row row : rows) {
            List<String> got = new ArrayList<>();
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = ask(row, CALLERS.get(i), "probe-fout-" + rows.indexOf(row));
                got.add(Integer.toString(status));
                if (!row.expected().get(i).equals(Integer.toString(status))) {
                    wrong.add(row.method() + " " + row.request() + " as " + CALLERS.get(i) + ": expected "
                            + row.expected().get(i) + ", got " + status);
                }
            }
            actual.append(row.method()).append('\t').append(row.pattern()).append('\t').append(row.request()).append('\t')
                    .append(row.body()).append('\t').append(String.join("\t", got)).append('\n');
        }
        String write = System.getProperty("access.probe.write");
        if (write != null) {
            Files.writeString(Path.of(write), actual);
        }
        assertThat(wrong).as("answers that differ from " + MATRIX).isEmpty();
    }

    @Test
    void the_matrix_lists_every_endpoint_the_app_serves_and_nothing_else() throws IOException {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + pattern));
                }
            }
        }
        Set<String> listed = new TreeSet<>();
        matrix().forEach(r -> listed.add(r.method() + " " + r.pattern()));
        assertThat(listed).as("endpoints in " + MATRIX).containsExactlyInAnyOrderElementsOf(served);
    }

    /** @param wrongLogin a login of its own per row for the wrong password: the throttle locks a login after ten */
    private int ask(Row row, String caller, String wrongLogin) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), row.request());
        if (!row.body().equals("-")) {
            int colon = row.body().indexOf(':');
            request.contentType(row.body().substring(0, colon))
                    .content(row.body().substring(colon + 1).replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
        }
        if (caller.equals("bad")) {
            request.with(httpBasic(wrongLogin, "niet het wachtwoord"));
        } else if (!caller.equals("-")) {
            request.with(httpBasic(caller, TestData.PASSWORD));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    static String header() {
        return "# method\tpattern\trequest\tbody (type:content, - none)\t" + String.join("\t", CALLERS) + "\n";
    }

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AccessProbeIntegrationTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells).as(line).hasSize(4 + CALLERS.size());
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3], List.of(cells).subList(4, cells.length)));
            }
        }
        return rows;
    }

    record Row(String method, String pattern, String request, String body, List<String> expected) {
    }
}
