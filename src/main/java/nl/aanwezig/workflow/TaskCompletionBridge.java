package nl.aanwezig.workflow;

import io.camunda.zeebe.client.ZeebeClient;
import java.time.Clock;
import java.time.Duration;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.TaskCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completes the engine's job inside the transaction that saves the user's form. When the engine refuses
 * or cannot be reached, the exception rolls the form back: nothing is half saved.
 */
@Component
class TaskCompletionBridge {

    private static final Logger log = LoggerFactory.getLogger(TaskCompletionBridge.class);

    private final ZeebeClient client;
    private final WorkflowInstances instances;
    private final Clock clock;

    TaskCompletionBridge(ZeebeClient client, WorkflowInstances instances, Clock clock) {
        this.client = client;
        this.instances = instances;
        this.clock = clock;
    }

    @EventListener
    void on(TaskCompleted completed) {
        // remember the variables first, so a route rebuilt after a restart routes the same way
        instances.findById(completed.routeId())
                .ifPresent(wi -> wi.variables(Variables.merge(wi.variables(), completed.variables()), clock.instant()));
        try {
            client.newCompleteCommand(completed.jobKey()).variables(completed.variables())
                    .requestTimeout(Duration.ofSeconds(10)).send().join();
        } catch (RuntimeException e) {
            log.warn("Engine refused completing task {} (job {}): {}", completed.taskId(), completed.jobKey(), e.getMessage());
            throw new UserFacingException("task.error.engine");
        }
    }
}
