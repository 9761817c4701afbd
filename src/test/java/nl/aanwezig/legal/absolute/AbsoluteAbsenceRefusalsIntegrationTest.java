package nl.aanwezig.legal.absolute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.workflow.AbsoluteAbsenceProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Who may register a child without a school, and the rules that refuse one; a refusal saves nothing. */
@IntegrationTest
class AbsoluteAbsenceRefusalsIntegrationTest {

    static final String LEERPLICHT = "t-lp-regio";

    @Autowired AbsoluteAbsenceService service;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Registration child(LocalDate birthDate, LocalDate since, String action) {
        return new Registration("Dirk", "Geweigerd", birthDate, null, since, action);
    }

    @Test
    void an_oc_or_a_mentor_may_not_register() {
        Registration ok = child(today().minusYears(10), today(), "Huisbezoek.");
        nothingSaved(() -> {
            assertThatThrownBy(() -> AsUser.call("t-oc", "OC", () -> service.register(ok)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> AsUser.call("t-mentor", "MENTOR", () -> service.register(ok)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void a_child_of_four_on_the_first_day_without_school_is_refused() {
        LocalDate since = today().minusDays(1);
        refused(child(since.minusYears(5).plusDays(1), since, "Huisbezoek."),
                "Het kind is op de eerste dag zonder school 4 jaar: absoluut verzuim geldt vanaf 5 jaar.");
    }

    @Test
    void a_child_of_eighteen_on_the_first_day_without_school_is_refused() {
        LocalDate since = today().minusDays(1);
        refused(child(since.minusYears(18), since, "Huisbezoek."),
                "Het kind is op de eerste dag zonder school 18 jaar: absoluut verzuim geldt tot en met 17 jaar.");
    }

    @Test
    void a_first_day_without_school_in_the_future_is_refused() {
        refused(child(today().minusYears(10), today().plusDays(1), "Huisbezoek."),
                "De eerste dag zonder school ligt in de toekomst.");
    }

    @Test
    void an_empty_action_is_refused() {
        refused(child(today().minusYears(10), today(), "  "), "Beschrijf wat er gedaan wordt.");
    }

    @Test
    void an_action_over_2000_characters_is_refused() {
        refused(child(today().minusYears(10), today(), "x".repeat(2001)),
                "Beschrijf wat er gedaan wordt in hoogstens 2.000 tekens.");
    }

    @Test
    void a_leerplicht_officer_without_a_region_cannot_register() {
        refused("t-leerplicht", child(today().minusYears(10), today(), "Huisbezoek."),
                "Je account hoort bij geen regio: registreren kan pas als de beheerder je regio instelt.");
    }

    void refused(Registration r, String message) {
        refused(LEERPLICHT, r, message);
    }

    void refused(String user, Registration r, String message) {
        nothingSaved(() -> {
            assertThatThrownBy(() -> AsUser.call(user, "LEERPLICHT", () -> service.register(r)))
                    .isInstanceOfSatisfying(UserFacingException.class, e ->
                            assertThat(e.messages()).extracting(Messages::text).containsExactly(message));
            return null;
        });
    }

    void nothingSaved(Supplier<Void> refusal) {
        int records = count("select count(*) from absolute_absence");
        int routes = count("select count(*) from workflow_instance where process_id = '" + AbsoluteAbsenceProcess.ID + "'");
        refusal.get();
        assertThat(count("select count(*) from absolute_absence")).isEqualTo(records);
        assertThat(count("select count(*) from workflow_instance where process_id = '" + AbsoluteAbsenceProcess.ID + "'"))
                .isEqualTo(routes);
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
