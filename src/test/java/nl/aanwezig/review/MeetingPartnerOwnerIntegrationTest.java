package nl.aanwezig.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Leerplicht who sat at the casusoverleg owns a decision; minutes wait until the meeting's day has come. */
@IntegrationTest
class MeetingPartnerOwnerIntegrationTest {

    static final String OC = "t-oc-co";

    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired TaskService taskService;
    @Autowired DossierService dossiers;
    @Autowired CaseTasks tasks;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;

    School school;
    LocalDate today = LocalDate.now(TimeConfig.SCHOOL_ZONE);

    @BeforeEach
    void school() {
        school = schools.findByBrin("T10VO").orElseThrow();
    }

    @Test
    void leerplicht_who_attended_owns_a_decision_joins_the_case_and_gets_the_task_in_their_inbox() {
        Pupil pupil = data.pupil(school, "hd-owner-lp", "2C", "t-mentor-co");
        long caseId = fixtures.openCase(pupil, CaseStage.ORANGE_PLAN, null);
        assertThat(AsUser.call(OC, "OC", () -> meetings.staff())).extracting(StaffChoice::username).contains("t-leerplicht");
        long itemId = item(today, caseId, Set.of(OC, "t-leerplicht"));

        assertThat(AsUser.call(OC, "OC", () -> minutes.owners(itemId))).extracting(StaffChoice::username)
                .contains("t-leerplicht", "t-mentor-co");
        AsUser.run(OC, "OC", () -> minutes.save(itemId, 0, new MinutesForm("Ouders reageren niet op de school.",
                List.of(new MinutesForm.DecisionForm("Ouders oproepen voor een gesprek", "t-leerplicht",
                        today.plusDays(7))))));

        CaseTask task = Eventually.get(() -> tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN).stream()
                .filter(t -> "t-leerplicht".equals(t.assignee())).findFirst(), Routes.WAIT, "leerplicht's decision task");
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> taskService.inbox())).extracting(TaskItem::taskId)
                .contains(task.id());
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> dossiers.dossier(pupil.id()))).isNotNull();
    }

    @Test
    void an_attendee_who_did_not_attend_is_no_owner_and_minutes_of_a_future_meeting_are_refused() {
        long caseId = fixtures.openCase(data.pupil(school, "hd-owner-future", "2C", "t-mentor-co"),
                CaseStage.ORANGE_PLAN, null);
        LocalDate later = today.plusDays(2);
        long itemId = item(later, caseId, Set.of(OC));
        assertThat(AsUser.call(OC, "OC", () -> minutes.owners(itemId))).extracting(StaffChoice::username)
                .doesNotContain("t-leerplicht");

        assertThatThrownBy(() -> AsUser.run(OC, "OC", () -> minutes.save(itemId, 0, new MinutesForm("Vooraf.", List.of()))))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messages().getFirst().key()).isEqualTo("meeting.error.minutes.future");
                    assertThat(Messages.text(e.messages().getFirst())).isEqualTo("Het overleg is op "
                            + Messages.date(later) + ". Je kunt de notulen pas vanaf die dag opslaan.");
                });
        assertThat(jdbc.queryForObject("select discussion from meeting_item where id = ?", String.class, itemId)).isNull();
    }

    @Test
    void the_jeugdarts_who_attended_owns_a_decision_only_with_the_parents_consent_for_her_role() {
        long caseId = fixtures.openCase(data.pupil(school, "hd-owner-ja", "2C", "t-mentor-co"), CaseStage.ORANGE_PLAN, null);
        jdbc.update("insert into school_partner (school_id, username, role) values (?, 't-jeugdarts', 'JEUGDARTS')",
                school.id());
        try {
            long itemId = item(today, caseId, Set.of(OC, "t-jeugdarts"));
            assertThat(AsUser.call(OC, "OC", () -> minutes.owners(itemId))).extracting(StaffChoice::username)
                    .doesNotContain("t-jeugdarts");

            jdbc.update("""
                    insert into sharing_consent (case_id, given_on, given_by, scope, recorded_by, recorded_at)
                    values (?, ?, 'Moeder', 'JEUGDARTS', 't-oc-co', now())""", caseId, java.sql.Date.valueOf(today));
            assertThat(AsUser.call(OC, "OC", () -> minutes.owners(itemId))).extracting(StaffChoice::username)
                    .contains("t-jeugdarts");
        } finally {
            jdbc.update("delete from school_partner where school_id = ? and username = 't-jeugdarts'", school.id());
        }
    }

    private long item(LocalDate day, long caseId, Set<String> staff) {
        return AsUser.call(OC, "OC", () -> {
            long id = meetings.plan(new MeetingForm(day, LocalTime.of(9, 0), staff, null));
            meetings.putOnAgenda(id, caseId, List.of());
            return meetings.meeting(id).items().getFirst().id();
        });
    }
}
