package nl.aanwezig.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers the service-task jobs whose effect is written, in the same transaction as the effect. */
@Component
class ProcessedJobs {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessedJobs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean firstTime(long jobKey) {
        return jdbc.update("insert into processed_job (job_key, processed_at) values (?, ?) on conflict do nothing",
                jobKey, Timestamp.from(clock.instant())) == 1;
    }
}
