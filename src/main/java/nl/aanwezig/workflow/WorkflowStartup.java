package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At start: deploy the models, open the workers, then send what the outbox holds. Nothing is rebuilt: the engine
 * kept its state (a durable log in the embedded default, the broker otherwise). The sweeps send what a wake-up
 * missed (the engine was away) and keep the inbox equal to the engine's open jobs.
 */
@Component
class WorkflowStartup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WorkflowStartup.class);
    /**
     * A user task may wait for weeks; once its task is committed the job must stay with us, not time out and bounce.
     * Until then it is held only for {@link #claimTimeout}, so a node that dies before the commit loses no task.
     */
    static final Duration USER_TASK_TIMEOUT = Duration.ofDays(30);

    private final CamundaClient client;
    private final ProcessDeployer deployer;
    private final EngineCommandDispatcher dispatcher;
    private final TaskLiveness liveness;
    private final UserTaskWorker userTasks;
    private final List<RouteStep> steps;
    private final RouteStepRunner runner;
    private final List<JobWorker> workers = new ArrayList<>();
    private JobWorker inbox;
    private volatile boolean ready;
    private volatile boolean deployed;
    private final Duration claimTimeout;
    private final Duration pollInterval;

    WorkflowStartup(CamundaClient client, ProcessDeployer deployer, EngineCommandDispatcher dispatcher,
                    TaskLiveness liveness, UserTaskWorker userTasks, List<RouteStep> steps, RouteStepRunner runner,
                    @Value("${aanwezig.engine.task-claim-timeout:5m}") Duration claimTimeout,
                    @Value("${aanwezig.engine.poll-interval:300ms}") Duration pollInterval) {
        this.claimTimeout = claimTimeout;
        this.pollInterval = pollInterval;
        this.steps = steps;
        this.runner = runner;
        this.client = client;
        this.deployer = deployer;
        this.dispatcher = dispatcher;
        this.liveness = liveness;
        this.userTasks = userTasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void onReady() {
        deployer.deployAll();
        deployed = true;
        open();
    }

    /** Opens the workers and starts sending the outbox: at start, and again when a paused context resumes. */
    private synchronized void open() {
        if (ready) {
            return;
        }
        openInbox();
        for (RouteStep step : steps) {
            workers.add(client.newWorker().jobType(step.jobType()).handler(runner.handlerFor(step))
                    .timeout(Duration.ofMinutes(1)).pollInterval(pollInterval).name(step.jobType()).open());
        }
        ready = true;
        dispatcher.enable();
        log.info("Workflow ready");
    }

    /** The worker that turns user-task jobs into inbox rows. */
    synchronized void openInbox() {
        if (inbox == null) {
            inbox = client.newWorker().jobType(UserTaskWorker.JOB_TYPE)
                    .handler((jobClient, job) -> userTasks.handle(job))
                    .timeout(claimTimeout).name("aanwezig-inbox").open();
        }
    }

    /** Closes the inbox worker alone, as a node that stopped taking tasks (tests of a node that died). */
    synchronized void closeInbox() {
        if (inbox != null) {
            inbox.close();
            inbox = null;
        }
    }

    @Scheduled(fixedDelayString = "${aanwezig.engine.sweep-ms:5000}", initialDelay = 5000)
    void sweep() {
        if (ready) {
            dispatcher.wake();
        }
    }

    @Scheduled(fixedDelayString = "${aanwezig.engine.task-probe-ms:300000}", initialDelayString = "${aanwezig.engine.task-probe-ms:300000}")
    void probeTasks() {
        if (ready) {
            int withdrawn = liveness.probe();
            if (withdrawn > 0) {
                log.info("{} tasks withdrawn by the engine left the inbox", withdrawn);
            }
        }
    }

    @Override
    public void start() {
        // the first time, workers open on ApplicationReadyEvent (database and views up); after a stop (a paused
        // context, e.g. a cached test context) they open again here
        if (deployed) {
            open();
        }
    }

    @Override
    public synchronized void stop() {
        ready = false;
        dispatcher.disable();
        workers.forEach(JobWorker::close);
        workers.clear();
        closeInbox();
    }

    @Override
    public boolean isRunning() {
        return ready;
    }
}
