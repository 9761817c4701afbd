package nl.aanwezig.legal.exemption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;
import org.junit.jupiter.api.Test;

class ExemptionRulesTest {

    static final LocalDate NOTICE = LocalDate.of(2026, 11, 20);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static Statement statement(LocalDate on, boolean designated, boolean own) {
        return new Statement("Dr. A. Aangewezen", designated, own, on, "Twee uur per dag thuisonderwijs.", false);
    }

    static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }

    @Test
    void a_statement_of_exactly_three_months_before_the_notice_counts() {
        assertThat(ExemptionRules.statement(statement(NOTICE.minusMonths(3), true, false), NOTICE, TODAY)).isEmpty();
    }

    @Test
    void a_statement_older_than_three_months_at_the_notice_is_refused() {
        assertThat(keys(ExemptionRules.statement(statement(NOTICE.minusMonths(3).minusDays(1), true, false), NOTICE, TODAY)))
                .containsExactly("exemption.error.statementDate.tooOld");
    }

    @Test
    void a_statement_of_the_pupils_own_doctor_is_refused() {
        assertThat(keys(ExemptionRules.statement(statement(NOTICE, true, true), NOTICE, TODAY)))
                .containsExactly("exemption.error.ownDoctor.refused");
    }

    @Test
    void a_statement_of_a_doctor_not_designated_by_the_municipality_is_refused() {
        assertThat(keys(ExemptionRules.statement(statement(NOTICE, false, false), NOTICE, TODAY)))
                .containsExactly("exemption.error.designated.required");
    }

    @Test
    void a_statement_without_what_education_is_possible_is_refused() {
        Statement s = new Statement("Dr. B", true, false, NOTICE, " ", false);
        assertThat(keys(ExemptionRules.statement(s, NOTICE, TODAY))).containsExactly("exemption.error.educationPossible.required");
    }

    @Test
    void a_notice_needs_the_statement_or_a_jeugdarts_to_write_it() {
        assertThat(keys(ExemptionRules.notice(new Notice(1, NOTICE, "Ouders", null, null), TODAY)))
                .containsExactly("exemption.error.statementWriter.required");
        assertThat(ExemptionRules.notice(new Notice(1, NOTICE, "Ouders", null, "t-jeugdarts"), TODAY)).isEmpty();
    }

    @Test
    void the_whole_age_only_when_the_statement_says_the_pupil_can_never_attend() {
        Decision whole = new Decision(true, PeriodKind.WHOLE_AGE, TODAY, TODAY.plusYears(4), null, "Motivering");
        assertThat(keys(ExemptionRules.decision(whole, exemption(false), TODAY)))
                .containsExactly("exemption.error.periodKind.wholeAge");
        assertThat(ExemptionRules.decision(whole, exemption(true), TODAY)).isEmpty();
    }

    @Test
    void a_school_year_exemption_ends_by_31_july() {
        Decision tooLong = new Decision(true, PeriodKind.SCHOOL_YEAR, TODAY, LocalDate.of(2027, 8, 1), null, "Motivering");
        assertThat(keys(ExemptionRules.decision(tooLong, exemption(false), TODAY)))
                .containsExactly("exemption.error.validTo.pastSchoolYear");
        Decision year = new Decision(true, PeriodKind.SCHOOL_YEAR, TODAY, LocalDate.of(2027, 7, 31), null, "Motivering");
        assertThat(ExemptionRules.decision(year, exemption(false), TODAY)).isEmpty();
    }

    @Test
    void a_decision_needs_an_explicit_choice_and_a_reason() {
        assertThat(keys(ExemptionRules.decision(new Decision(null, null, null, null, null, null), exemption(false), TODAY)))
                .containsExactly("exemption.error.choice.required", "exemption.error.reason.required");
        assertThat(keys(ExemptionRules.decision(new Decision(false, null, null, null, null, " "), exemption(false), TODAY)))
                .containsExactly("exemption.error.reason.required");
        assertThat(ExemptionRules.decision(new Decision(false, null, null, null, null, "Onderwijs kan."), exemption(false),
                TODAY)).isEmpty();
    }

    @Test
    void no_decision_before_the_statement_is_in() {
        Exemption none = new Exemption(1, 1, 1, NOTICE, "Ouders", "lp", "ja", null, null, null, null, false,
                Outcome.PENDING, null, null, null, null);
        assertThat(keys(ExemptionRules.decision(new Decision(false, null, null, null, null, "Geen verklaring"), none, TODAY)))
                .containsExactly("exemption.error.statement.missing");
    }

    @Test
    void review_moments_are_twice_a_year_and_the_renewal_reminder_comes_well_before_1_july() {
        assertThat(ReviewCalendar.nextReview(TODAY)).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(ReviewCalendar.nextReview(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(ReviewCalendar.renewalReminder(LocalDate.of(2027, 7, 31))).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(ReviewCalendar.renewalNeeded(PeriodKind.SCHOOL_YEAR, TODAY, LocalDate.of(2027, 7, 31))).isTrue();
        assertThat(ReviewCalendar.renewalNeeded(PeriodKind.SHORTER, TODAY, LocalDate.of(2027, 3, 1)))
                .as("a period ending before the reminder").isFalse();
        assertThat(ReviewCalendar.renewalNeeded(PeriodKind.WHOLE_AGE, TODAY, LocalDate.of(2030, 7, 31))).isFalse();
        assertThat(ReviewCalendar.timer(LocalDate.of(2027, 4, 1))).isEqualTo("2027-04-01T09:00:00+02:00");
    }

    static Exemption exemption(boolean neverAble) {
        return new Exemption(1, 1, 1, NOTICE, "Ouders", "lp", null, "Dr. A", true, NOTICE, "Thuisonderwijs", neverAble,
                Outcome.PENDING, null, null, null, null);
    }
}
