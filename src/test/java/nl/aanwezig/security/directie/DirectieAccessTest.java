package nl.aanwezig.security.directie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.AccountForm;
import nl.aanwezig.admin.AdminProblem;
import nl.aanwezig.attendance.figures.PyramidService;
import nl.aanwezig.attendance.ui.PyramidView;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.DirectieTasks;
import nl.aanwezig.cases.ui.PupilView;
import nl.aanwezig.cases.ui.TasksView;
import nl.aanwezig.legal.duo.DuoDeadlines;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.ui.ChangePasswordView;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Issue #21: the DIRECTIE role (schoolleiding) of one school. It opens its tasks and its school's pyramid; it is
 * refused pupil dossiers, medical notes, the pupils behind the figures and anything of another school; the admin
 * creates such accounts for a school; a DUO report not made in time goes to the school's directie when there is one.
 * (Its own class rather than a column of the shared access matrices.)
 */
@IntegrationTest
class DirectieAccessTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;
    @Autowired DossierService dossiers;
    @Autowired MedicalNotes medicalNotes;
    @Autowired PyramidService pyramids;
    @Autowired AccountAdmin accounts;
    @Autowired DuoDeadlines deadlines;
    @Autowired DirectieTasks directieTasks;

    private School t1;
    private School t2;
    private Pupil pupil;
    private long caseT1;
    private long caseT2;

    @BeforeEach
    void pupilsWithCases() {
        t1 = schools.findByBrin("T1VO").orElseThrow();
        t2 = schools.findByBrin("T2VO").orElseThrow();
        pupil = data.pupil(t1, "hw-dir-1", "1A", "t-mentor");
        Pupil other = data.pupil(t2, "hw-dir-2", "1A", "t-mentor-b");
        caseT1 = openCaseWithConcept(pupil, t1, "hw-dir-duo-1");
        caseT2 = openCaseWithConcept(other, t2, "hw-dir-duo-2");
    }

    private long openCaseWithConcept(Pupil p, School school, String key) {
        Long caseId = jdbc.query("select id from pupil_case where pupil_id = ? and status = 'OPEN'",
                (rs, i) -> rs.getLong(1), p.id()).stream().findFirst().orElseGet(() -> jdbc.queryForObject(
                "insert into pupil_case (pupil_id, school_id, status, stage, opened_at)"
                        + " values (?, ?, 'OPEN', 'SAT_ANALYSIS', now()) returning id", Long.class, p.id(), school.id()));
        jdbc.update("insert into duo_report (case_id, pupil_id, school_id, signal_key, type, start_date, deadline,"
                + " status, created_at) values (?, ?, ?, ?, 'DUO_16H', '2026-11-02', '2026-11-09', 'CONCEPT', now())"
                + " on conflict (signal_key) do nothing", caseId, p.id(), school.id(), key);
        return caseId;
    }

    private long escalationTask(long caseId, School school) {
        jdbc.update("insert into task (case_id, school_id, element_id, form, title_key, candidate_group, created_at,"
                + " state) select ?, ?, 'duo-overdue', 'duo-overdue', 'duo.task.overdue', 'directie', now(), 'OPEN'"
                + " where not exists (select 1 from task where case_id = ? and element_id = 'duo-overdue'"
                + " and state = 'OPEN')", caseId, school.id(), caseId);
        return jdbc.queryForObject("select id from task where case_id = ? and element_id = 'duo-overdue'"
                + " and state = 'OPEN'", Long.class, caseId);
    }

    @Test
    @WithMockUser(username = "t-directie", roles = "DIRECTIE")
    void the_directies_menu_is_its_tasks_the_pyramid_and_the_password() {
        navigate(ChangePasswordView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getPath)
                .containsExactlyInAnyOrder("taken", "piramide", "wachtwoord-wijzigen");
        assertThat(navigate(TasksView.class)).isInstanceOf(TasksView.class);
        assertThat(navigate(PyramidView.class)).isInstanceOf(PyramidView.class);
    }

    @Test
    @WithMockUser(username = "t-directie", roles = "DIRECTIE")
    void the_pupil_page_is_refused_to_the_directie() {
        UI.getCurrent().navigate(PupilView.class, pupil.id());
        assertThat(getCurrentView()).isNotInstanceOf(PupilView.class);
    }

    @Test
    void a_pupils_dossier_and_medical_notes_are_refused_to_the_directie() {
        assertThatThrownBy(() -> AsUser.call("t-directie", "DIRECTIE", () -> dossiers.dossier(pupil.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("t-directie", "DIRECTIE", () -> medicalNotes.of(pupil.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_directie_sees_the_pyramid_of_its_own_school_only() {
        List<PyramidService.Target> targets = AsUser.call("t-directie", "DIRECTIE", pyramids::targets);
        assertThat(targets).extracting(PyramidService.Target::schoolId).containsExactly(t1.id());
    }

    @Test
    void a_report_not_made_in_time_goes_to_the_directie_where_the_school_has_one_else_to_the_oc() {
        assertThat(deadlines.escalationGroup(caseT1)).isEqualTo("directie");
        assertThat(deadlines.escalationGroup(caseT2)).isEqualTo("oc");
    }

    @Test
    void the_directie_opens_the_escalation_of_its_own_school_and_is_refused_another_schools() {
        long own = escalationTask(caseT1, t1);
        long other = escalationTask(caseT2, t2);
        assertThat(AsUser.call("t-directie", "DIRECTIE", () -> directieTasks.open(own)).pupilName())
                .isEqualTo(pupil.fullName());
        assertThatThrownBy(() -> AsUser.call("t-directie", "DIRECTIE", () -> directieTasks.open(other)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("t-oc", "OC", () -> directieTasks.open(own)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_admin_creates_a_directie_account_for_a_school_and_one_without_a_school_is_refused() {
        AsUser.run("t-admin", "ADMIN", () -> accounts.create(new AccountForm("hw-directie", "Daan Directeur",
                "DIRECTIE", "T3PO", null, null)));
        assertThat(AsUser.call("t-admin", "ADMIN", () -> accounts.get("hw-directie")).school()).isEqualTo("T3PO");
        assertThatThrownBy(() -> AsUser.run("t-admin", "ADMIN", () -> accounts.create(new AccountForm(
                "hw-directie-x", "Zonder School", "DIRECTIE", null, null, null))))
                .isInstanceOf(AdminProblem.class)
                .satisfies(e -> assertThat(((AdminProblem) e).fields()).extracting(f -> f.field()).contains("school"));
    }
}
