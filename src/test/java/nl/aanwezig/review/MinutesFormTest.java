package nl.aanwezig.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.UserFacingException.Message;
import org.junit.jupiter.api.Test;

/** The rules of the meeting and minutes forms, shared by the screens and the services. */
class MinutesFormTest {

    static final LocalDate MEETING = LocalDate.of(2026, 12, 8);

    @Test
    void an_empty_decision_row_is_no_decision_and_the_discussion_is_required() {
        var form = new MinutesForm(" ", List.of(new MinutesForm.DecisionForm("", null, null)));
        assertThat(form.filledIn()).isEmpty();
        assertThat(keys(form.validate(MEETING, Set.of()))).containsExactly("meeting.error.discussion.required");
    }

    @Test
    void each_decision_needs_a_description_an_owner_who_may_open_the_case_and_a_date_not_before_the_meeting() {
        var form = new MinutesForm("Besproken.", List.of(
                new MinutesForm.DecisionForm("Bellen", "mentor", MEETING),
                new MinutesForm.DecisionForm(null, "stranger", MEETING.minusDays(1)),
                new MinutesForm.DecisionForm("Plan bijstellen", null, null)));
        List<Message> errors = form.validate(MEETING, Set.of("mentor"));
        assertThat(keys(errors)).containsExactly("meeting.error.decision.description.required",
                "meeting.error.decision.owner.noAccess", "meeting.error.decision.dueOn.beforeMeeting",
                "meeting.error.decision.owner.required", "meeting.error.decision.dueOn.required");
        assertThat(errors).extracting(m -> m.args()[0]).containsExactly(2, 2, 2, 3, 3);
    }

    @Test
    void a_meeting_needs_a_date_a_time_and_someone_attending() {
        assertThat(keys(new MeetingForm(null, null, Set.of(), "\n  \n").validate())).containsExactly(
                "meeting.error.date.required", "meeting.error.time.required", "meeting.error.staff.required");
        var external = new MeetingForm(MEETING, LocalTime.NOON, null, "Anna de Vries\n\nBen Bakker ");
        assertThat(external.validate()).isEmpty();
        assertThat(external.externalNames()).containsExactly("Anna de Vries", "Ben Bakker");
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }
}
