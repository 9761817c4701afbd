package nl.aanwezig.legal.duo;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.base.UserFacingException;
import org.junit.jupiter.api.Test;

class DuoReportRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

    @Test
    void a_follow_up_report_within_seven_days_of_the_previous_one_is_refused() {
        assertThatThrownBy(() -> DuoReportRules.reported(form(DuoReportKind.DUO_16H, TODAY.minusDays(1)), TODAY,
                TODAY.minusDays(6))).isInstanceOfSatisfying(UserFacingException.class,
                e -> org.assertj.core.api.Assertions.assertThat(e.messages()).extracting(UserFacingException.Message::key)
                        .containsExactly("duo.error.sevenDays"));
    }

    @Test
    void a_follow_up_report_seven_days_after_the_previous_one_is_accepted() {
        assertThatCode(() -> DuoReportRules.reported(form(DuoReportKind.DUO_16H, TODAY.minusDays(1)), TODAY,
                TODAY.minusDays(7))).doesNotThrowAnyException();
    }

    @Test
    void lrv_without_end_date_is_refused_but_luxe_verzuim_without_one_is_accepted() {
        assertThatThrownBy(() -> DuoReportRules.reported(form(DuoReportKind.LRV, null), TODAY, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.messages()).extracting(UserFacingException.Message::key)
                        .containsExactly("duo.error.end.required"));
        assertThatCode(() -> DuoReportRules.reported(form(DuoReportKind.LUXE, null), TODAY, null))
                .doesNotThrowAnyException();
    }

    private static DuoReportForm form(DuoReportKind type, LocalDate end) {
        return new DuoReportForm(type, TODAY.minusDays(20), end, 17, null, "Spijbelen", "Gesprek mentor",
                TODAY, "DUO-1");
    }
}
