package nl.aanwezig.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.timeline.CaseEvent;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The minutes of a case: on that case's timeline only, OC-only screens, and no silent overwrites. */
@IntegrationTest
class MeetingMinutesIntegrationTest {

    static final String OC = "t-oc-co";

    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired DossierService dossiers;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired CaseEvents events;
    @Autowired JdbcTemplate jdbc;

    School school;
    LocalDate day = LocalDate.now(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE);

    @BeforeEach
    void school() {
        school = schools.findByBrin("T10VO").orElseThrow();
    }

    @Test
    void minutes_land_on_that_cases_timeline_only_and_a_partner_of_another_case_never_reads_them() {
        Pupil discussed = data.pupil(school, "co-min-a", "2C", "t-mentor-co");
        Pupil other = data.pupil(school, "co-min-b", "2C", "t-mentor-co");
        long a = fixtures.openCase(discussed, CaseStage.ORANGE_PLAN, null);
        long b = fixtures.openCase(other, CaseStage.RED_ARRANGEMENT, null);
        fixtures.join(b, "t-leerplicht", "LEERPLICHT");
        long meetingId = meeting(a, b);
        long itemA = item(meetingId, a);

        String secret = "Vader kampt met schulden; moeder werkt nachten.";
        AsUser.run(OC, "OC", () -> minutes.save(itemA, 0, new MinutesForm(secret, List.of())));

        assertThat(events.findByCaseIdOrderByIdAsc(a)).filteredOn(e -> e.type() == CaseEventType.MEETING_MINUTES)
                .extracting(CaseEvent::summary).containsExactly("Casusoverleg " + Messages.date(day) + ": " + secret);
        assertThat(events.findByCaseIdOrderByIdAsc(b)).extracting(CaseEvent::summary).noneMatch(s -> s.contains(secret));
        // the partner of case b sees b's timeline, not a's minutes, and cannot open a's dossier or the meeting
        var partnersView = AsUser.call("t-leerplicht", "LEERPLICHT", () -> dossiers.dossier(other.id()));
        assertThat(partnersView.timeline()).noneMatch(e -> e.summary().contains(secret));
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> dossiers.dossier(discussed.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> meetings.meeting(meetingId)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void putting_a_case_on_the_agenda_asks_the_family_for_their_view_before_the_meeting_once() {
        long c = fixtures.openCase(data.pupil(school, "co-family", "2C", "t-mentor-co"), CaseStage.ORANGE_PLAN, null);
        long meetingId = meeting(c);
        AsUser.run(OC, "OC", () -> {
            meetings.takeOff(meetingId, c);
            meetings.putOnAgenda(meetingId, c, List.of());
        });

        assertThat(jdbc.queryForList("""
                select source_key from family_request where case_id = ? and kind = 'VIEW' and occasion = 'CASUSOVERLEG'
                  and due_on = ?""", String.class, c, java.sql.Date.valueOf(day)))
                .containsExactly("meeting:" + meetingId + ":" + c);
        assertThat(events.findByCaseIdOrderByIdAsc(c)).filteredOn(e -> e.type() == CaseEventType.FAMILY)
                .extracting(CaseEvent::summary).singleElement().asString().startsWith("Gezin gevraagd om hun stem");
    }

    @Test
    void a_mentor_and_another_schools_oc_are_refused_the_meeting() {
        long c = fixtures.openCase(data.pupil(school, "co-refuse", "2C", "t-mentor-co"), CaseStage.ORANGE_PLAN, null);
        long meetingId = meeting(c);
        long itemId = item(meetingId, c);

        assertThatThrownBy(() -> AsUser.run("t-mentor-co", "MENTOR", () -> meetings.meeting(meetingId)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-mentor-co", "MENTOR", () -> meetings.plan(form())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> meetings.meeting(meetingId)))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("is not the school of t-oc2");
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> minutes.save(itemId, 0, new MinutesForm("x", List.of()))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where username = 't-oc2' and action = ? and not allowed",
                Integer.class, MeetingService.WRITE)).isPositive();
        assertThat(discussion(itemId)).isNull();
    }

    @Test
    void a_second_oc_saving_over_newer_minutes_gets_a_dutch_message_and_nothing_of_theirs_is_saved() {
        long c = fixtures.openCase(data.pupil(school, "co-concurrent", "2C", "t-mentor-co"), CaseStage.ORANGE_PLAN, null);
        long meetingId = meeting(c);
        long itemId = item(meetingId, c);
        long readByBoth = AsUser.call(OC, "OC", () -> meetings.meeting(meetingId)).items().getFirst().version();

        AsUser.run("t-oc-co2", "OC", () -> minutes.save(itemId, readByBoth, new MinutesForm("Eerst opgeslagen.", List.of())));
        var late = new MinutesForm("Later opgeslagen.", List.of(
                new MinutesForm.DecisionForm("Gesprek met ouders", "t-mentor-co", day.plusDays(7))));

        assertThatThrownBy(() -> AsUser.run(OC, "OC", () -> minutes.save(itemId, readByBoth, late)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messages().getFirst().key()).isEqualTo("meeting.error.concurrent");
                    assertThat(Messages.text(e.messages().getFirst())).startsWith("Iemand anders heeft de notulen");
                });
        assertThat(discussion(itemId)).isEqualTo("Eerst opgeslagen.");
        assertThat(decisionCount(c)).isZero();
        assertThat(events.findByCaseIdOrderByIdAsc(c)).extracting(CaseEvent::summary).noneMatch(s -> s.contains("Later"));
    }

    @Test
    void a_decision_for_someone_who_cannot_open_the_dossier_saves_nothing() {
        long c = fixtures.openCase(data.pupil(school, "co-half", "2C", "t-mentor-co"), CaseStage.ORANGE_PLAN, null);
        long meetingId = meeting(c);
        long itemId = item(meetingId, c);
        // t-mentor-co2 is a mentor of the school, but not this pupil's, and did not join the case
        assertThat(AsUser.call(OC, "OC", () -> minutes.owners(itemId))).extracting(StaffChoice::username)
                .contains("t-mentor-co", "t-oc-co", "t-oc-co2").doesNotContain("t-mentor-co2", "t-leerplicht");
        var form = new MinutesForm("Besproken.", List.of(
                new MinutesForm.DecisionForm("Mentor belt", "t-mentor-co", day),
                new MinutesForm.DecisionForm("Andere mentor belt", "t-mentor-co2", day)));

        assertThatThrownBy(() -> AsUser.run(OC, "OC", () -> minutes.save(itemId, 0, form)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages())
                        .extracting(UserFacingException.Message::key).containsExactly("meeting.error.decision.owner.noAccess"));
        assertThat(discussion(itemId)).isNull();
        assertThat(decisionCount(c)).isZero();
        assertThat(events.findByCaseIdOrderByIdAsc(c)).noneMatch(e -> e.type() == CaseEventType.MEETING_MINUTES);
    }

    private long meeting(long... caseIds) {
        return AsUser.call(OC, "OC", () -> {
            long id = meetings.plan(form());
            for (long c : caseIds) {
                meetings.putOnAgenda(id, c, List.of());
            }
            return id;
        });
    }

    private MeetingForm form() {
        return new MeetingForm(day, LocalTime.of(9, 30), Set.of(OC, "t-mentor-co"), "Anna de Vries, jeugd- en gezinscoach");
    }

    private long item(long meetingId, long caseId) {
        return AsUser.call(OC, "OC", () -> meetings.meeting(meetingId)).items().stream()
                .filter(i -> i.caseId() == caseId).findFirst().orElseThrow().id();
    }

    private String discussion(long itemId) {
        return jdbc.queryForObject("select discussion from meeting_item where id = ?", String.class, itemId);
    }

    private int decisionCount(long caseId) {
        return jdbc.queryForObject("select count(*) from meeting_decision where case_id = ?", Integer.class, caseId);
    }
}
