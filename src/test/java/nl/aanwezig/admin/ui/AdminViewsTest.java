package nl.aanwezig.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.AccountInfo;
import nl.aanwezig.admin.SchoolAdmin;
import nl.aanwezig.admin.SchoolInfo;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

/** The administration screens without a browser: a school and an account created as an admin would. */
@IntegrationTest
@WithMockUser(username = "t-admin", roles = "ADMIN")
class AdminViewsTest extends SpringBrowserlessTest {

    @Autowired SchoolAdmin schools;
    @Autowired AccountAdmin accounts;
    @Autowired JdbcTemplate jdbc;

    /** Regions are made by the admin before a school names one (Regio's en gemeenten). */
    @BeforeEach
    void aRegion() {
        jdbc.update("insert into region (name) values ('SWV Scherm-test') on conflict (name) do nothing");
    }

    private <T> T open(Class<T> view, String parameter) {
        return AopTestUtils.getTargetObject(navigate((Class) view, parameter));
    }

    private String lastNotification() {
        return test($(Notification.class).last()).getText();
    }

    @Test
    void an_admin_creates_a_school_in_a_region_and_then_adds_a_class() {
        SchoolView view = open(SchoolView.class, SchoolView.NEW);
        assertThat(view.classesPanel.isVisible()).as("classes once the school exists").isFalse();
        test(view.details.brin).setValue("92aa");
        test(view.details.name).setValue("Scholengemeenschap Het Anker");
        view.details.sector.setValue(Sector.VO);
        view.details.region.setValue("SWV Scherm-test");
        test(view.details.save).click();

        assertThat(lastNotification()).isEqualTo("School 92AA is aangemaakt. Voeg nu klassen, kalender en partners toe.");
        SchoolInfo created = AsUser.call("t-admin", "ADMIN", () -> schools.get("92AA"));
        assertThat(created.name()).isEqualTo("Scholengemeenschap Het Anker");
        assertThat(created.region()).isEqualTo("SWV Scherm-test");

        SchoolView edit = AopTestUtils.getTargetObject(getCurrentView());
        assertThat(edit.details.brin.isReadOnly()).isTrue();
        test(edit.classesPanel.name).setValue("1A");
        test(edit.classesPanel.add).click();
        assertThat(edit.classesPanel.grid.getListDataView().getItems()).containsExactly("1A");
    }

    @Test
    void a_school_in_a_region_nobody_created_marks_the_region_field_and_creates_neither() {
        SchoolView view = open(SchoolView.class, SchoolView.NEW);
        test(view.details.brin).setValue("92AR");
        test(view.details.name).setValue("Het Getypte College");
        view.details.sector.setValue(Sector.VO);
        view.details.region.setValue("SWV Tikfout");
        test(view.details.save).click();

        assertThat(view.details.region.isInvalid()).isTrue();
        assertThat(view.details.region.getErrorMessage()).startsWith("Regio 'SWV Tikfout' bestaat niet.");
        assertThat(jdbc.queryForObject("select count(*) from school where brin = '92AR'", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from region where name = 'SWV Tikfout'", Long.class)).isZero();
    }

    /** Issue #21: PO and VO have separate samenwerkingsverbanden by law; a VO school is refused in a PO region. */
    @Test
    void a_vo_school_in_a_po_region_is_refused_naming_the_sectors_and_nothing_is_saved() {
        jdbc.update("insert into region (name) values ('SWV PO Sectortest') on conflict (name) do nothing");
        jdbc.update("insert into school (brin, name, sector, region_id) select '93PO', 'Basisschool De Sector', 'PO', id"
                + " from region where name = 'SWV PO Sectortest' on conflict (brin) do nothing");
        SchoolView view = open(SchoolView.class, SchoolView.NEW);
        test(view.details.brin).setValue("93VO");
        test(view.details.name).setValue("Het Sector College");
        view.details.sector.setValue(Sector.VO);
        view.details.region.setValue("SWV PO Sectortest");
        test(view.details.save).click();

        assertThat(view.details.region.isInvalid()).isTrue();
        assertThat(view.details.region.getErrorMessage()).isEqualTo("Regio 'SWV PO Sectortest' is een"
                + " samenwerkingsverband voor PO. Een VO-school hoort bij een samenwerkingsverband voor VO: kies dat.");
        assertThat(jdbc.queryForObject("select count(*) from school where brin = '93VO'", Long.class)).isZero();
    }

    /** A region that already holds PO and VO schools is no SWV's region (a leerplicht or RMC region): either joins. */
    @Test
    void a_vo_school_joins_a_region_that_already_holds_both_sectors() {
        jdbc.update("insert into region (name) values ('Leerplichtregio Gemengd') on conflict (name) do nothing");
        for (String[] s : new String[][] {{"94PO", "PO"}, {"94VA", "VO"}}) {
            jdbc.update("insert into school (brin, name, sector, region_id) select ?, 'School ' || ?, ?, id"
                    + " from region where name = 'Leerplichtregio Gemengd' on conflict (brin) do nothing", s[0], s[0], s[1]);
        }
        SchoolView view = open(SchoolView.class, SchoolView.NEW);
        test(view.details.brin).setValue("94VB");
        test(view.details.name).setValue("Het Gemengde College");
        view.details.sector.setValue(Sector.VO);
        view.details.region.setValue("Leerplichtregio Gemengd");
        test(view.details.save).click();

        assertThat(view.details.region.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from school where brin = '94VB'", Long.class)).isOne();
    }

    @Test
    void a_school_with_a_bad_brin_and_no_name_marks_both_fields_and_saves_nothing() {
        SchoolView view = open(SchoolView.class, SchoolView.NEW);
        test(view.details.brin).setValue("school nr 7");
        view.details.sector.setValue(Sector.VO);
        view.details.region.setValue("SWV Scherm-test");
        test(view.details.save).click();

        assertThat(view.details.brin.isInvalid()).isTrue();
        assertThat(view.details.brin.getErrorMessage()).startsWith("'SCHOOL NR 7' is geen BRIN-code");
        assertThat(view.details.name.isInvalid()).isTrue();
        assertThat(view.details.name.getErrorMessage()).isEqualTo("Vul dit in.");
        assertThat(view.details.region.isInvalid()).isFalse();
        assertThat(lastNotification()).isEqualTo("Niet opgeslagen: controleer de rood gemarkeerde velden.");
        assertThat(jdbc.queryForObject("select count(*) from school where brin = 'SCHOOL NR 7'", Long.class)).isZero();
    }

    @Test
    void an_admin_creates_an_oc_and_sees_the_generated_password_once() {
        AccountView view = open(AccountView.class, AccountView.NEW);
        assertThat(view.fields.school.isVisible()).isFalse();
        test(view.fields.username).setValue("scherm-oc");
        test(view.fields.displayName).setValue("Sanne Scherm");
        view.fields.role.setValue(Role.OC);
        assertThat(view.fields.school.isVisible()).isTrue();
        view.fields.school.setValue("T2VO");
        test(view.save).click();

        assertThat(lastNotification()).isEqualTo("Account scherm-oc is aangemaakt.");
        assertThat(view.oneTime.isVisible()).isTrue();
        assertThat(view.oneTime.getText()).matches("Eenmalig wachtwoord voor scherm-oc: \\S{16} – .*");
        AccountInfo created = AsUser.call("t-admin", "ADMIN", () -> accounts.get("scherm-oc"));
        assertThat(created.role()).isEqualTo(Role.OC);
        assertThat(created.school()).isEqualTo("T2VO");

        test(view.toggle).click();
        assertThat(AsUser.call("t-admin", "ADMIN", () -> accounts.get("scherm-oc")).enabled()).isFalse();
    }

    @Test
    void a_partner_account_needs_its_real_organisation_which_the_invitation_then_names() {
        AccountView view = open(AccountView.class, AccountView.NEW);
        assertThat(view.fields.organisation.isVisible()).as("not for school staff").isFalse();
        test(view.fields.username).setValue("hj-scherm-lp");
        test(view.fields.displayName).setValue("Lotte Leerplicht");
        view.fields.role.setValue(Role.LEERPLICHT);
        assertThat(view.fields.organisation.isVisible()).isTrue();
        test(view.save).click();

        assertThat(view.fields.organisation.isInvalid()).isTrue();
        assertThat(view.fields.organisation.getErrorMessage()).startsWith("Vul de organisatie in waar deze partner werkt");
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'hj-scherm-lp'", Long.class))
                .isZero();

        test(view.fields.organisation).setValue("Gemeente Schermdam, afdeling leerplicht");
        test(view.save).click();
        assertThat(lastNotification()).isEqualTo("Account hj-scherm-lp is aangemaakt.");
        assertThat(AsUser.call("t-admin", "ADMIN", () -> accounts.get("hj-scherm-lp")).organisation())
                .isEqualTo("Gemeente Schermdam, afdeling leerplicht");
    }

    @Test
    void an_admin_lifts_a_login_lock_from_the_account_screen() {
        jdbc.update("""
                insert into login_throttle (username, source, failures, window_start, last_failure, blocked_until)
                values ('t-mentor2', '192.0.2.7', 10, now(), now(), now() + interval '15 minutes')""");
        AccountView view = open(AccountView.class, "t-mentor2");
        test(view.unlock).click();

        assertThat(lastNotification()).isEqualTo("De inlogblokkade van t-mentor2 is opgeheven.");
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = 't-mentor2'", Integer.class))
                .isZero();
        test(view.unlock).click();
        assertThat(lastNotification()).isEqualTo("t-mentor2 was niet geblokkeerd.");
    }

    @Test
    void a_weak_password_and_a_missing_school_mark_their_fields_and_create_nothing() {
        AccountView view = open(AccountView.class, AccountView.NEW);
        test(view.fields.username).setValue("scherm-zwak");
        test(view.fields.displayName).setValue("Zwak Wachtwoord");
        view.fields.role.setValue(Role.MENTOR);
        test(view.fields.password).setValue("kort");
        test(view.save).click();

        assertThat(view.fields.password.isInvalid()).isTrue();
        assertThat(view.fields.password.getErrorMessage()).contains("minstens 12 tekens");
        assertThat(view.fields.school.isInvalid()).isTrue();
        assertThat(view.fields.school.getErrorMessage()).isEqualTo("Een mentor hoort bij een school: vul de BRIN in.");
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username = 'scherm-zwak'", Long.class)).isZero();
    }

    @Test
    void a_csv_with_a_bad_line_lists_it_and_creates_no_account() throws Exception {
        AccountsView view = open(AccountsView.class, null);
        String csv = "username;naam;rol;school;regio;wachtwoord\nscherm-a;A;MENTOR;T1VO;;\nscherm-b;B;KOK;T1VO;;\n";

        Optional<String> refusal = view.importPanel.handler.receive(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), csv.length(), UI.getCurrent());
        roundTrip();

        assertThat(refusal).isEmpty();
        assertThat(lastNotification()).startsWith("Niets aangemaakt: 1 regel(s) met fouten.");
        assertThat(view.importPanel.errors.getListDataView().getItems().map(RowError::line)).containsExactly(3);
        assertThat(lastNotification()).startsWith("Niets aangemaakt: 1 regel(s) met fouten.");
        assertThat(jdbc.queryForObject("select count(*) from staff_account where username like 'scherm-_'", Long.class)).isZero();
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void an_oc_cannot_open_the_administration() {
        assertThatThrownBy(() -> navigate(SchoolsView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> navigate(AccountsView.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
