package nl.aanwezig.workflow;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import java.util.function.Consumer;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.worker.JobClient;
import io.camunda.zeebe.client.api.worker.JobHandler;
import io.camunda.zeebe.client.api.worker.JobWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start: deploy the models, open the workers, then rebuild what the database says is running. The
 * sweep repeats the last step, for routes whose start failed while the engine was unreachable.
 */
@Component
class WorkflowStartup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkflowStartup.class);
    /** A user task may wait for weeks; the job must stay with us, not time out and bounce. */
    private static final Duration USER_TASK_TIMEOUT = Duration.ofDays(30);

    private final ZeebeClient client;
    private final ProcessDeployer deployer;
    private final Reconciler reconciler;
    private final UserTaskWorker userTasks;
    private final CloseCaseWorker closeCase;
    private final List<JobWorker> workers = new ArrayList<>();
    private volatile boolean ready;

    WorkflowStartup(ZeebeClient client, ProcessDeployer deployer, Reconciler reconciler, UserTaskWorker userTasks,
                    CloseCaseWorker closeCase) {
        this.client = client;
        this.deployer = deployer;
        this.reconciler = reconciler;
        this.userTasks = userTasks;
        this.closeCase = closeCase;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void onReady() {
        deployer.deployAll();
        workers.add(client.newWorker().jobType(UserTaskWorker.JOB_TYPE)
                .handler((jobClient, job) -> userTasks.handle(job))
                .timeout(USER_TASK_TIMEOUT).name("aanwezig-inbox").open());
        workers.add(client.newWorker().jobType(LegeStoelProcess.JOB_CLOSE_CASE)
                .handler(completing((job) -> closeCase.handle(job)))
                .timeout(Duration.ofMinutes(1)).name("aanwezig-close-case").open());
        ready = true;
        int rebuilt = reconciler.reconcileAll();
        log.info("Workflow ready; {} routes started or rebuilt", rebuilt);
    }

    @Scheduled(fixedDelayString = "${aanwezig.engine.sweep-ms:15000}", initialDelay = 15000)
    void sweep() {
        if (ready) {
            reconciler.reconcileAll();
        }
    }

    /** Service-task jobs: do the work, then complete; the engine retries a job whose handler throws. */
    private static JobHandler completing(Consumer<ActivatedJob> work) {
        return (JobClient jobClient, ActivatedJob job) -> {
            work.accept(job);
            jobClient.newCompleteCommand(job.getKey()).send().join();
        };
    }

    @Override
    public void start() {
        // workers open on ApplicationReadyEvent, when the database and views are up
    }

    @Override
    public void stop() {
        ready = false;
        workers.forEach(JobWorker::close);
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return ready;
    }
}
