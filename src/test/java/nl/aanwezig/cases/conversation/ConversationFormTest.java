package nl.aanwezig.cases.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.aanwezig.base.UserFacingException.Message;
import org.junit.jupiter.api.Test;

class ConversationFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    static ConversationForm valid() {
        return new ConversationForm(TODAY, true, false, null, EnumSet.of(Topic.SLEEP), "Afspraak", null, Outcome.RESOLVED);
    }

    static Set<String> keys(ConversationForm f) {
        return f.validate(TODAY).stream().map(Message::key).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void a_complete_form_has_no_errors() {
        assertThat(valid().validate(TODAY)).isEmpty();
    }

    @Test
    void an_empty_form_names_every_missing_field() {
        var empty = new ConversationForm(null, false, false, " ", Set.of(), "  ", null, null);
        assertThat(keys(empty)).containsExactlyInAnyOrder("conversation.error.heldOn.required",
                "conversation.error.participants.required", "conversation.error.topics.required",
                "conversation.error.agreements.required", "conversation.error.outcome.required");
    }

    @Test
    void a_conversation_cannot_be_held_tomorrow() {
        var f = new ConversationForm(TODAY.plusDays(1), true, false, null, EnumSet.of(Topic.SCHOOL), "x", null,
                Outcome.RESOLVED);
        assertThat(keys(f)).containsExactly("conversation.error.heldOn.future");
    }

    @Test
    void a_follow_up_date_in_the_past_is_refused_but_today_is_fine() {
        var past = new ConversationForm(TODAY, true, false, null, EnumSet.of(Topic.SCHOOL), "x", TODAY.minusDays(1),
                Outcome.WATCH);
        var today = new ConversationForm(TODAY, true, false, null, EnumSet.of(Topic.SCHOOL), "x", TODAY, Outcome.WATCH);
        assertThat(keys(past)).containsExactly("conversation.error.followUp.past");
        assertThat(keys(today)).isEmpty();
    }

    @Test
    void keeping_watch_needs_a_follow_up_date() {
        var f = new ConversationForm(TODAY, false, true, null, EnumSet.of(Topic.FAMILY), "x", null, Outcome.WATCH);
        assertThat(keys(f)).containsExactly("conversation.error.followUp.required");
    }

    @Test
    void only_others_present_counts_as_participants() {
        var f = new ConversationForm(TODAY, false, false, "oma", EnumSet.of(Topic.FAMILY), "x", null, Outcome.REFER);
        assertThat(f.validate(TODAY)).isEmpty();
    }

    @Test
    void agreements_longer_than_the_limit_are_refused() {
        var f = new ConversationForm(TODAY, true, false, null, EnumSet.of(Topic.FAMILY), "a".repeat(4001), null,
                Outcome.RESOLVED);
        assertThat(keys(f)).containsExactly("conversation.error.agreements.tooLong");
    }
}
