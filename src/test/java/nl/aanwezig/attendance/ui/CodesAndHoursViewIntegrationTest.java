package nl.aanwezig.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

/** The school's codes and lesson hours screen, without a browser: presets, uploads, refusals, the default lateness. */
@IntegrationTest
class CodesAndHoursViewIntegrationTest extends SpringBrowserlessTest {

    @Autowired SchoolScheduleService schedules;
    @Autowired JdbcTemplate jdbc;

    private CodesAndHoursView open() {
        return AopTestUtils.getTargetObject(navigate(CodesAndHoursView.class));
    }

    private List<String> codes(CodesAndHoursView view) {
        return view.codes.grid.getListDataView().getItems().map(AbsenceCode::code).toList();
    }

    private static Path csv(String body) throws IOException {
        Path file = Files.createTempFile("codes", ".csv");
        Files.writeString(file, body);
        return file;
    }

    @Test
    @WithMockUser(username = "t-oc-u2", roles = "OC")
    void the_oc_applies_the_magister_preset_and_sees_its_codes_and_lesson_hours() {
        CodesAndHoursView view = open();
        assertThat(view.school.isVisible()).as("an OC has one school").isFalse();
        assertThat(view.school.getValue().brin()).isEqualTo("T20U2");

        test(view.preset).selectItem("Magister (VO)");
        test(view.applyPreset).click();

        assertThat(codes(view)).contains("A", "Z", "Zb", "L", "BV", "PR");
        AbsenceCode ziek = view.codes.grid.getListDataView().getItems().filter(c -> c.code().equals("Z")).findFirst()
                .orElseThrow();
        assertThat(ziek.description()).isEqualTo("Ziek");
        assertThat(view.hours.grid.getListDataView().getItems().count()).isGreaterThan(0);
        assertThat(test($(Notification.class).last()).getText()).startsWith("Voorinstelling Magister toegepast");
    }

    @Test
    @WithMockUser(username = "t-oc-u2", roles = "OC")
    void a_refused_code_list_shows_its_line_and_changes_nothing() throws IOException {
        CodesAndHoursView view = open();
        List<String> before = codes(view);

        view.codes.received(csv("code;status;reden;geoorloofd\nZ;afwezig;ziek;ja\nQ;afwezig;vakantie;ja\n"));

        assertThat(view.codes.errors.isVisible()).isTrue();
        assertThat(view.codes.errors.getListDataView().getItems().toList())
                .containsExactly(new RowError(3, "onbekende reden 'vakantie'"));
        assertThat(codes(view)).isEqualTo(before);
        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Er is niets opgeslagen: het bestand bevat 1 fout(en). Zie de regels hieronder.");
    }

    @Test
    @WithMockUser(username = "t-oc-u2", roles = "OC")
    void an_uploaded_code_list_replaces_the_list() throws IOException {
        CodesAndHoursView view = open();

        view.codes.received(csv("code;status;reden;geoorloofd;omschrijving\nZ;afwezig;ziek;ja;Ziek\nL;te_laat;;nee;Te laat\n"));

        assertThat(view.codes.errors.isVisible()).isFalse();
        assertThat(codes(view)).containsExactly("L", "Z");
    }

    @Test
    @WithMockUser(username = "t-oc-u2", roles = "OC")
    void default_minutes_late_outside_1_to_120_marks_the_field_invalid_with_the_dutch_message() {
        CodesAndHoursView view = open();

        view.lateMinutes.minutes.setValue(0); // the browser would let it through as typed; the service decides
        test(view.lateMinutes.save).click();

        assertThat(view.lateMinutes.minutes.isInvalid()).isTrue();
        assertThat(view.lateMinutes.minutes.getErrorMessage())
                .isEqualTo("Het standaard aantal minuten te laat ligt tussen 1 en 120.");

        test(view.lateMinutes.minutes).setValue(15);
        test(view.lateMinutes.save).click();
        assertThat(view.lateMinutes.minutes.isInvalid()).isFalse();
        view.refresh();
        assertThat(view.lateMinutes.minutes.getValue()).isEqualTo(15);
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void the_admin_picks_a_school_before_the_lists_show() {
        CodesAndHoursView view = open();
        assertThat(view.school.isVisible()).isTrue();
        assertThat(view.sections.isVisible()).isFalse();

        view.school.setValue(view.school.getListDataView().getItems().filter(s -> s.brin().equals("T20U2"))
                .findFirst().orElseThrow());

        assertThat(view.sections.isVisible()).isTrue();
    }

    @Test
    @WithMockUser(username = "t-mentor-u2", roles = "MENTOR")
    void a_mentor_cannot_open_the_codes_screen_nor_read_the_code_list() {
        assertThatThrownBy(() -> navigate(CodesAndHoursView.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instead of " + CodesAndHoursView.class.getName());
        long school = jdbc.queryForObject("select id from school where brin = 'T20U2'", Long.class);
        assertThatThrownBy(() -> schedules.codes(school)).isInstanceOf(AccessDeniedException.class);
    }
}
