package nl.aanwezig.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue #17, the probe for screens: every route of the app, opened by each role (an OC of the school and one of
 * another school), must show what {@code security/screen-matrix.tsv} writes down: {@code open} (the route's own
 * screen), {@code geweigerd} (the Dutch "Geen toegang" page), {@code geweigerd-in-pagina} (the screen opens and says
 * "Geen toegang" for what it was asked), {@code onbekend} ("Pagina niet gevonden") or the
 * simple name of the screen it sends the user to. {@code {pupil}} in a path is the probe's own pupil at T1VO, who has
 * no case, so a partner must be refused there. A route the app has but the matrix does not list fails the test. To
 * see a column as it is: {@code -Daccess.probe.write=/tmp/screens} (one file per role).
 */
@IntegrationTest
class ScreenAccessProbeTest extends SpringBrowserlessTest {

    static final String MATRIX = "security/screen-matrix.tsv";
    static final List<String> ROLES = List.of("t-admin", "t-oc", "t-oc2", "t-mentor", "t-leerplicht", "t-jeugdarts",
            "t-swv", "t-coach", "t-ouder");

    /** The start of {@code common.noAccess}: a screen that opens but refuses what it was asked to show. */
    static final String REFUSED_IN_PAGE = "Geen toegang: dit dossier is niet voor jou";

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void probePupil() {
        jdbc.update("""
                insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector)
                select id, 'PROBE1', 'Pim', 'Probe', '2012-06-01', 'VO' from school where brin = 'T1VO'
                on conflict do nothing""");
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void the_admin_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-admin");
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_oc_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-oc");
    }

    @Test
    @WithMockUser(username = "t-oc2", roles = "OC")
    void the_oc_of_another_school_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-oc2");
    }

    @Test
    @WithMockUser(username = "t-mentor", roles = "MENTOR")
    void the_mentor_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-mentor");
    }

    @Test
    @WithMockUser(username = "t-leerplicht", roles = "LEERPLICHT")
    void leerplicht_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-leerplicht");
    }

    @Test
    @WithMockUser(username = "t-jeugdarts", roles = "JEUGDARTS")
    void the_jeugdarts_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-jeugdarts");
    }

    @Test
    @WithMockUser(username = "t-swv", roles = "SWV")
    void the_swv_consultant_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-swv");
    }

    @Test
    @WithMockUser(username = "t-coach", roles = "COACH")
    void the_coach_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-coach");
    }

    /** A family account (#20): every staff screen refused, and the probe pupil, not linked to it, refused too. */
    @Test
    @WithMockUser(username = "t-ouder", roles = "OUDER")
    void a_family_account_sees_each_screen_as_the_matrix_says() throws IOException {
        probe("t-ouder");
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_matrix_lists_every_route_of_the_app_and_nothing_else() throws IOException {
        Set<String> routes = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.add(route.getTemplate());
        }
        Set<String> listed = new TreeSet<>();
        matrix().forEach(r -> listed.add(r.template()));
        assertThat(listed).as("routes in " + MATRIX).containsExactlyInAnyOrderElementsOf(routes);
    }

    private void probe(String role) throws IOException {
        int column = ROLES.indexOf(role);
        String pupil = String.valueOf(jdbc.queryForObject("select id from pupil where leerling = 'PROBE1'", Long.class));
        List<String> wrong = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        for (Row row : matrix()) {
            String path = row.path().replace("{pupil}", pupil);
            String shown = shown(path, row.template());
            actual.append(row.template()).append('\t').append(shown).append('\n');
            if (!row.expected().get(column).equals(shown)) {
                wrong.add("/" + path + " as " + role + ": expected " + row.expected().get(column) + ", got " + shown);
            }
        }
        String write = System.getProperty("access.probe.write");
        if (write != null) {
            Files.writeString(Path.of(write + "-" + role + ".tsv"), actual);
        }
        assertThat(wrong).as("screens that differ from " + MATRIX).isEmpty();
    }

    private String shown(String path, String template) {
        try {
            UI.getCurrent().navigate(path);
        } catch (RuntimeException e) {
            return "fout:" + e.getClass().getSimpleName();
        }
        Object view = getCurrentView();
        if (view instanceof AccessDeniedView) {
            return "geweigerd";
        }
        if (view instanceof NotFoundView) {
            return "onbekend";
        }
        if (((com.vaadin.flow.component.Component) view).getElement().getTextRecursively().contains(REFUSED_IN_PAGE)) {
            return "geweigerd-in-pagina";
        }
        Class<?> own = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getTemplate().equals(template)).findFirst().map(RouteData::getNavigationTarget).orElse(null);
        Class<?> shownClass = org.springframework.aop.support.AopUtils.getTargetClass(view);
        return shownClass.equals(own) ? "open" : shownClass.getSimpleName();
    }

    static List<Row> matrix() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ScreenAccessProbeTest.class.getClassLoader().getResourceAsStream(MATRIX)) {
            assertThat(in).as(MATRIX).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                assertThat(cells).as(line).hasSize(2 + ROLES.size());
                rows.add(new Row(cells[0], cells[1], List.of(cells).subList(2, cells.length)));
            }
        }
        return rows;
    }

    record Row(String template, String path, List<String> expected) {
    }
}
