package nl.aanwezig.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.cases.family.ui.ChildView;
import nl.aanwezig.cases.sharing.ui.SharedCasesView;
import nl.aanwezig.cases.ui.TasksView;
import nl.aanwezig.security.PasswordChanges;
import nl.aanwezig.security.Role;
import nl.aanwezig.security.ui.ChangePasswordView;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue #17: every role logs in and opens every screen its menu offers (the side navigation MainLayout builds from
 * the views' {@code @Menu} entries, as the role's browser gets it). Each screen must open as itself: no exception,
 * no "Geen toegang" page, no forced detour, and its own heading on it. The menu itself is written out per role, so a
 * screen that leaves or joins a role's menu is noticed here. Issue #21: no screen shows a raw bundle key, an English
 * enum name or an English number ({@link ScreenTexts}).
 */
@IntegrationTest
class EveryRoleMenuViewsTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "Wachtwoord wijzigen";

    @Autowired TestData data;
    @Autowired PasswordChanges passwords;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "t-mentor", roles = "MENTOR")
    void the_mentor_opens_every_screen_of_its_menu() {
        opensEveryScreen(menu(
                "vandaag", "Vandaag|Laatste schooldag: .*",
                "taken", "Mijn taken",
                "mijn-klas", "Mijn klas",
                "mijn-plannen", "Plannen van mijn leerlingen",
                "wachtwoord-wijzigen", PASSWORD));
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_oc_opens_every_screen_of_its_menu() {
        opensEveryScreen(menu(
                "mijn-week", "Mijn week",
                "taken", "Mijn taken",
                "dossiers", "Open dossiers",
                "casussen", "Casussen per fase",
                "casusoverleg", "Casusoverleg",
                "afwijkingen", "Afwijking onderwijstijd",
                "piramide", "Piramide van Aanwezigheid",
                "cohorten", "Cohorten: .*",
                "duo-meldingen", "DUO-meldingen van de school",
                "verzuim-export", "Verzuim per maand",
                "ketenoverleg", "Ketenoverleg",
                "ketenoverleg/cijfers", "Regiocijfers ketenoverleg",
                "import", "Gegevens importeren",
                "codes-en-lestijden", "Codes en lestijden",
                "datakwaliteit", "Datakwaliteit",
                "wachtwoord-wijzigen", PASSWORD));
    }

    @Test
    @WithMockUser(username = "t-leerplicht", roles = "LEERPLICHT")
    void leerplicht_opens_every_screen_of_its_menu() {
        opensEveryScreen(menu(
                "taken", "Mijn taken",
                "gedeeld", "Mijn gedeelde casussen",
                "piramide", "Piramide van Aanwezigheid",
                "leerplicht-week", "Mijn week: .*",
                "zoeken", "Zoeken",
                "duo-grens", "Op weg naar de DUO-grens",
                "verzuimmeldingen", "Verzuimmeldingen van de scholen die je bedient",
                "absoluut-verzuim", "Absoluut verzuim in de regio",
                "brieven", "Briefsjablonen van .*",
                "vrijstellingen", "Vrijstellingen \\(art\\. 5 sub a\\)",
                "vrijstellingen/panel", "Panel vrijstellingen: agenda",
                "ketenoverleg", "Ketenoverleg",
                "ketenoverleg/cijfers", "Regiocijfers ketenoverleg",
                "wachtwoord-wijzigen", PASSWORD));
    }

    @Test
    @WithMockUser(username = "t-jeugdarts", roles = "JEUGDARTS")
    void the_jeugdarts_opens_every_screen_of_its_menu() {
        opensEveryScreen(menu(
                "taken", "Mijn taken",
                "gedeeld", "Mijn gedeelde casussen",
                "mijn-medische-aantekeningen", "Mijn medische aantekeningen",
                "vrijstellingen/panel", "Panel vrijstellingen: agenda",
                "verklaringen", "Te schrijven verklaringen",
                "ketenoverleg", "Ketenoverleg",
                "ketenoverleg/cijfers", "Regiocijfers ketenoverleg",
                "wachtwoord-wijzigen", PASSWORD));
    }

    @Test
    @WithMockUser(username = "t-swv", roles = "SWV")
    void the_swv_consultant_opens_every_screen_of_its_menu() {
        opensEveryScreen(menu(
                "taken", "Mijn taken",
                "gedeeld", "Mijn gedeelde casussen",
                "piramide", "Piramide van Aanwezigheid",
                "absoluut-verzuim", "Absoluut verzuim in de regio",
                "vrijstellingen/panel", "Panel vrijstellingen: agenda",
                "ketenoverleg", "Ketenoverleg",
                "ketenoverleg/cijfers", "Regiocijfers ketenoverleg",
                "wachtwoord-wijzigen", PASSWORD));
    }

    @Test
    @WithMockUser(username = "t-coach", roles = "COACH")
    void the_coach_opens_every_screen_of_its_menu_among_them_my_shared_cases() {
        opensEveryScreen(menu(
                "taken", "Mijn taken",
                "gedeeld", "Mijn gedeelde casussen",
                "wachtwoord-wijzigen", PASSWORD));
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void the_admin_opens_every_screen_of_its_menu() {
        opensEveryScreen(menu(
                "import", "Gegevens importeren",
                "codes-en-lestijden", "Codes en lestijden",
                "datakwaliteit", "Datakwaliteit",
                "beheer/audit", "Audittrail \\(NEN 7513\\)",
                "beheer/scholen", "Scholen",
                "beheer/accounts", "Accounts",
                "beheer/regios", "Regio's en gemeenten",
                "wachtwoord-wijzigen", PASSWORD));
    }

    /** Issue #21: the school's directie: its tasks (escalations) and the school's figures. */
    @Test
    @WithMockUser(username = "t-directie", roles = "DIRECTIE")
    void the_directie_opens_every_screen_of_its_menu() {
        opensEveryScreen(menu(
                "taken", "Mijn taken",
                "piramide", "Piramide van Aanwezigheid",
                "wachtwoord-wijzigen", PASSWORD));
    }

    /** A family account (#20): no staff screen in its menu, and the start sends it to the family's own pages. */
    @Test
    @WithMockUser(username = "t-ouder", roles = "OUDER")
    void a_family_account_has_no_staff_screen_in_its_menu_and_starts_on_the_family_pages() {
        opensEveryScreen(menu("wachtwoord-wijzigen", PASSWORD));
        UI.getCurrent().navigate("");
        // t-ouder has one child (the API fixture's): the family home goes straight to that child's page
        assertThat(getCurrentView()).isInstanceOf(ChildView.class);
    }

    /** The coach's one-time password (an admin's reset): asked to change it first, then every screen opens. */
    @Test
    @WithMockUser(username = "ntk-coach-otp", roles = "COACH")
    void a_coach_with_a_one_time_password_is_sent_to_change_it_and_after_changing_it_opens_my_shared_cases() {
        data.account("ntk-coach-otp", Role.COACH, null);
        jdbc.update("update staff_account set must_change_password = true where username = 'ntk-coach-otp'");

        UI.getCurrent().navigate(SharedCasesView.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        passwords.change(TestData.PASSWORD, "lange zin voor een coach 2031", "lange zin voor een coach 2031");
        assertThat(passwords.mustChange()).isFalse();
        assertThat(navigate(SharedCasesView.class)).isInstanceOf(SharedCasesView.class);
        assertThat(navigate(TasksView.class)).isInstanceOf(TasksView.class);
    }

    /** Path to the heading (a regular expression) the screen must show. */
    private static Map<String, String> menu(String... pathsAndHeadings) {
        Map<String, String> menu = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndHeadings.length; i += 2) {
            menu.put(pathsAndHeadings[i], pathsAndHeadings[i + 1]);
        }
        return menu;
    }

    private static String relative(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private void opensEveryScreen(Map<String, String> expected) {
        // the side navigation as MainLayout renders it for this role, read from a screen every role may open
        navigate(ChangePasswordView.class);
        List<String> offered = $(SideNavItem.class).all().stream().map(SideNavItem::getPath)
                .map(EveryRoleMenuViewsTest::relative).toList();
        assertThat(offered).as("the menu of this role").containsExactlyInAnyOrderElementsOf(expected.keySet());
        // issue #21: "Wachtwoord wijzigen" closes every menu (it stood between Scholen and Accounts for the admin)
        assertThat(offered).as("the password last in the menu").last().isEqualTo("wachtwoord-wijzigen");

        Map<String, Class<? extends Component>> viewOf = MenuConfiguration.getMenuEntries().stream()
                .collect(Collectors.toMap(e -> relative(e.path()), MenuEntry::menuClass, (a, b) -> a));
        List<String> wrongTexts = new java.util.ArrayList<>();
        for (String path : offered) {
            UI.getCurrent().navigate(path);
            Component shown = (Component) getCurrentView();
            assertThat(shown).as("/" + path + " opens its own screen, not a refusal or a detour")
                    .isInstanceOf(viewOf.get(path));
            assertThat($(H2.class, shown).all()).extracting(H2::getText).as("heading of /" + path)
                    .anyMatch(text -> text.matches(expected.get(path)));
            ScreenTexts.wrong(shown).forEach(text -> wrongTexts.add("/" + path + " " + text));
        }
        assertThat(wrongTexts).as("raw keys, English enum names or numbers on the screens of this role").isEmpty();
    }
}
