package nl.aanwezig.legal.deviation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.base.UserFacingException;
import org.junit.jupiter.api.Test;

/** The request's own rules: one school year, windows that add up to the hours, a checklist that names what is missing. */
class DeviationFormTest {

    static final Map<DayOfWeek, List<TimeWindow>> MORNINGS = Map.of(DayOfWeek.MONDAY,
            List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(12, 0))));

    @Test
    void a_period_across_31_july_is_refused_as_not_temporary() {
        var form = new DeviationForm(new BigDecimal("3.5"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), MORNINGS);
        assertThat(keys(form)).containsExactly("deviation.error.schoolYear");
    }

    @Test
    void windows_that_do_not_add_up_to_the_hours_are_refused() {
        var form = new DeviationForm(new BigDecimal("10"), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1), MORNINGS);
        assertThat(keys(form)).containsExactly("deviation.error.hoursMismatch");
    }

    @Test
    void overlapping_windows_and_missing_fields_are_all_named_at_once() {
        var overlap = Map.of(DayOfWeek.MONDAY, List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(10, 0)),
                new TimeWindow(LocalTime.of(9, 30), LocalTime.of(11, 0))));
        assertThat(keys(new DeviationForm(null, null, null, overlap))).containsExactly("deviation.error.hours",
                "deviation.error.periodRequired", "deviation.error.windowsOverlap");
    }

    @Test
    void a_checklist_without_the_opp_misses_the_programme_and_nothing_else() {
        Checklist c = DeviationFixtures.complete();
        Checklist noOpp = new Checklist(" ", c.supportAway(), c.growBackPlan(), c.handelingsdeelSigned(), true,
                c.expertKind(), c.expertStatementOn());
        assertThat(c.complete()).isTrue();
        assertThat(noOpp.missing()).containsExactly("deviation.missing.programme");
    }

    private static List<String> keys(DeviationForm form) {
        UserFacingException e = catchThrowableOfType(UserFacingException.class, form::validate);
        return e.messages().stream().map(UserFacingException.Message::key).toList();
    }
}
