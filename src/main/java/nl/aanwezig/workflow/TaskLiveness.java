package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final List<TaskInbox> inboxes;

    TaskLiveness(JdbcTemplate jdbc, CamundaClient client, List<TaskInbox> inboxes) {
        this.jdbc = jdbc;
        this.client = client;
        this.inboxes = inboxes;
    }

    /** Returns how many tasks were withdrawn. */
    int probe() {
        // a job whose completion is still in the outbox is done, not withdrawn
        Set<Long> completing = new HashSet<>(jdbc.queryForList(
                "select job_key from engine_command where sent_at is null and job_key is not null", Long.class));
        int withdrawn = 0;
        for (TaskInbox inbox : inboxes) {
            for (Map.Entry<Long, Long> task : inbox.openJobs().entrySet()) {
                if (completing.contains(task.getValue())) {
                    continue;
                }
                Boolean gone = withdrawnByEngine(task.getValue());
                if (gone == null) {
                    return withdrawn;
                }
                if (gone && inbox.withdrawn(task.getKey())) {
                    withdrawn++;
                }
            }
        }
        return withdrawn;
    }

    /**
     * Keeps a user-task job activated with us for weeks ({@link WorkflowStartup#USER_TASK_TIMEOUT}): once its task is
     * in an inbox, and at every probe. Throws what the engine answers; NOT_FOUND means it withdrew the job.
     */
    void keep(long jobKey) {
        client.newUpdateTimeoutCommand(jobKey).timeout(WorkflowStartup.USER_TASK_TIMEOUT)
                .requestTimeout(Duration.ofSeconds(10)).send().join();
    }

    /** Keeps the job activated with us; true if the engine no longer has it, null if the engine cannot be asked now. */
    private Boolean withdrawnByEngine(long jobKey) {
        try {
            keep(jobKey);
            return false;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return true;
            }
            log.debug("Task probe stopped: {}", e.getMessage());
            return null;
        } catch (RuntimeException e) {
            log.debug("Task probe stopped: {}", e.toString());
            return null;
        }
    }
}
