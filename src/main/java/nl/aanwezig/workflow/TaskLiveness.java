package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import nl.aanwezig.cases.CaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox equal to the engine's open user-task jobs. A job the engine withdrew by itself (an interrupting
 * timer or message, a terminate end event, a cancelled instance) answers NOT_FOUND when its timeout is extended:
 * its task leaves every inbox. The same call keeps a job that waits for weeks activated with us. It asks the engine
 * the same way on the embedded engine and on a cluster; tasks the app itself ends (a closed case) leave at once.
 */
@Component
class TaskLiveness {

    private static final Logger log = LoggerFactory.getLogger(TaskLiveness.class);

    private final JdbcTemplate jdbc;
    private final CamundaClient client;
    private final CaseService cases;

    TaskLiveness(JdbcTemplate jdbc, CamundaClient client, CaseService cases) {
        this.jdbc = jdbc;
        this.client = client;
        this.cases = cases;
    }

    /** Returns how many tasks were withdrawn. */
    int probe() {
        List<long[]> open = jdbc.query("""
                select t.id, t.job_key from case_task t where t.state = 'OPEN' and t.job_key is not null
                  and not exists (select 1 from engine_command c where c.sent_at is null and c.job_key = t.job_key)
                order by t.id""", (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
        int withdrawn = 0;
        for (long[] task : open) {
            try {
                client.newUpdateTimeoutCommand(task[1]).timeout(WorkflowStartup.USER_TASK_TIMEOUT)
                        .requestTimeout(Duration.ofSeconds(10)).send().join();
            } catch (ClientStatusException e) {
                if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                    if (cases.taskWithdrawn(task[0])) {
                        withdrawn++;
                    }
                } else {
                    log.debug("Task probe stopped: {}", e.getMessage());
                    return withdrawn;
                }
            } catch (RuntimeException e) {
                log.debug("Task probe stopped: {}", e.toString());
                return withdrawn;
            }
        }
        return withdrawn;
    }
}
