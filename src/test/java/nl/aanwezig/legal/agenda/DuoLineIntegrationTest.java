package nl.aanwezig.legal.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.TestData;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Op weg naar de DUO-grens": per school the officer serves, the pupils counting toward 16 hours in 4 school weeks,
 * only those the school's own criterion lets leerplicht see before a report.
 */
@IntegrationTest
class DuoLineIntegrationTest {

    static final String OFFICER = "hl-lp-line";

    @Autowired DuoLineService service;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    School served(String brin) {
        School s = data.school(brin, Sector.VO);
        data.account(OFFICER, Role.LEERPLICHT, null);
        jdbc.update("insert into school_partner (school_id, username, role) values (?, ?, 'LEERPLICHT') "
                + "on conflict do nothing", s.id(), OFFICER);
        return s;
    }

    @Test
    void a_pupil_meeting_the_schools_criterion_is_listed_with_hours_and_period_and_one_below_it_is_not() {
        School withCriterion = served("THL1VO");
        School without = served("THL2VO");
        jdbc.update("insert into concern_criteria (school_id, unauthorised_hours, unauthorised_weeks, updated_by, "
                + "updated_at) values (?, 6, 4, 't-admin', now()) on conflict (school_id) do nothing", withCriterion.id());
        LocalDate monday = LocalDate.now(clock).with(DayOfWeek.MONDAY).minusWeeks(1);
        Pupil heading = data.pupil(withCriterion, "hl-line-1", "3B", null);
        data.voDay(heading, monday, 5);
        data.voDay(heading, monday.plusDays(1), 5);
        Pupil below = data.pupil(withCriterion, "hl-line-2", "3B", null);
        data.voDay(below, monday, 2);
        Pupil noConsent = data.pupil(without, "hl-line-3", "2A", null);
        data.voDay(noConsent, monday, 6);
        data.voDay(noConsent, monday.plusDays(1), 6);

        var schools = AsUser.call(OFFICER, "LEERPLICHT", () -> service.schools());
        DuoLineSchool first = schools.stream().filter(s -> s.brin().equals("THL1VO")).findFirst().orElseThrow();
        assertThat(first.criterionHours()).isEqualTo(6);
        assertThat(first.pupils()).extracting(DuoLineRow::leerling).containsExactly("hl-line-1");
        DuoLineRow row = first.pupils().getFirst();
        assertThat(row.hours()).isEqualTo(10);
        assertThat(row.from()).isEqualTo(monday);
        assertThat(row.to()).isEqualTo(LocalDate.now(clock));
        assertThat(row.className()).isEqualTo("3B");

        DuoLineSchool second = schools.stream().filter(s -> s.brin().equals("THL2VO")).findFirst().orElseThrow();
        assertThat(second.criterionHours()).as("no criterion: the school shares nobody before a report").isNull();
        assertThat(second.pupils()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'DUO_LINE_READ' and pupil_id = ?",
                Integer.class, heading.id())).isPositive();
    }

    @Test
    void another_officer_does_not_see_the_schools_and_other_roles_are_refused() {
        served("THL1VO");
        assertThat(AsUser.call("t-leerplicht2", "LEERPLICHT", () -> service.schools()))
                .extracting(DuoLineSchool::brin).doesNotContain("THL1VO", "THL2VO");
        assertThatThrownBy(() -> AsUser.call("t-oc", "OC", () -> service.schools()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
