package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserTaskWorkerTest {

    @Test
    void candidate_groups_arrive_as_a_json_array() {
        assertThat(UserTaskWorker.firstGroup("[\"oc\"]")).isEqualTo("oc");
        assertThat(UserTaskWorker.firstGroup("[\"mentor\", \"oc\"]")).isEqualTo("mentor");
        assertThat(UserTaskWorker.firstGroup("[]")).isNull();
        assertThat(UserTaskWorker.firstGroup(null)).isNull();
    }

    @Test
    void a_due_date_is_the_end_of_that_school_day_in_dutch_time() {
        assertThat(UserTaskWorker.due("2026-11-27")).isEqualTo(Instant.parse("2026-11-27T16:00:00Z"));
    }

    @Test
    void a_due_moment_keeps_its_offset() {
        assertThat(UserTaskWorker.due("2026-11-23T10:15:00+01:00")).isEqualTo(Instant.parse("2026-11-23T09:15:00Z"));
        assertThat(UserTaskWorker.due(null)).isNull();
        assertThat(UserTaskWorker.due("")).isNull();
    }
}
