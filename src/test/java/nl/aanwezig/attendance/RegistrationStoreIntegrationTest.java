package nl.aanwezig.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Repository behaviour on the real embedded PostgreSQL. */
@IntegrationTest
class RegistrationStoreIntegrationTest {

    @Autowired RegistrationStore store;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired Cases cases;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_same_day_written_twice_is_stored_once() {
        var school = schools.findByBrin("T2VO").orElseThrow();
        var pupil = data.pupil(school, "r-twice", "1A", "t-mentor-b");
        LocalDate day = LocalDate.of(2026, 10, 5);
        assertThat(data.voDay(pupil, day, 1)).isEqualTo(6);
        assertThat(data.voDay(pupil, day, 1)).isZero();
        assertThat(store.ofPupil(pupil.id(), day, day)).hasSize(6);
    }

    @Test
    void unexplained_absences_are_grouped_per_pupil_with_their_lessons() {
        var school = schools.findByBrin("T2VO").orElseThrow();
        var pupil = data.pupil(school, "r-group", "1A", "t-mentor-b");
        LocalDate day = LocalDate.of(2026, 10, 6);
        data.voDay(pupil, day, 3);
        var found = store.unexplainedOn(day, school.id()).stream().filter(a -> a.pupilId() == pupil.id()).toList();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).lessons()).containsExactly(LocalTime.of(8, 30), LocalTime.of(9, 20), LocalTime.of(10, 10));
    }

    @Test
    void a_pupil_cannot_have_two_open_cases() {
        var school = schools.findByBrin("T2VO").orElseThrow();
        var pupil = data.pupil(school, "r-case", "1A", "t-mentor-b");
        String insert = "insert into pupil_case (pupil_id, school_id, status, stage, opened_at) values (?, ?, 'OPEN', 'MENTOR_CONTACT', now())";
        jdbc.update(insert, pupil.id(), school.id());
        assertThatThrownBy(() -> jdbc.update(insert, pupil.id(), school.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
