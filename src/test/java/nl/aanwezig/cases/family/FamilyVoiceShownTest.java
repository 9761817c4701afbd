package nl.aanwezig.cases.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which views the staff read beside the figures: since the previous evaluation, at least the newest three. */
class FamilyVoiceShownTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate EVALUATED = LocalDate.of(2026, 10, 1);

    @Test
    void before_a_first_evaluation_every_view_is_shown() {
        assertThat(FamilyVoice.shown(views(10, 5), null, ZONE)).hasSize(5);
    }

    @Test
    void after_an_evaluation_the_views_since_its_day_are_shown_when_there_are_more_than_three() {
        // given 5, 4, ... days after the evaluation day, then on it, then before it
        List<FamilyViews.Voice> all = views(5, 8);
        assertThat(FamilyVoice.shown(all, EVALUATED, ZONE)).extracting(FamilyViews.Voice::id)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void after_an_evaluation_at_least_the_newest_three_are_shown_even_when_given_before_it() {
        List<FamilyViews.Voice> all = views(0, 6);
        assertThat(FamilyVoice.shown(all, EVALUATED, ZONE)).extracting(FamilyViews.Voice::id)
                .containsExactly(0L, 1L, 2L);
        assertThat(FamilyVoice.shown(views(-3, 2), EVALUATED, ZONE)).hasSize(2);
    }

    /** {@code count} views, newest first, one a day, the newest {@code newestDaysAfter} days after the evaluation. */
    private static List<FamilyViews.Voice> views(int newestDaysAfter, int count) {
        return IntStream.range(0, count).mapToObj(i -> new FamilyViews.Voice(i, FamilyKind.PARENT, "Ouder", "o",
                EVALUATED.plusDays(newestDaysAfter - i).atTime(12, 0).atZone(ZONE).toInstant(), null, "goed", "", ""))
                .toList();
    }
}
