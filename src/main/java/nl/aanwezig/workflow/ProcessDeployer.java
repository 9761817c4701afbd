package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import nl.aanwezig.base.StartFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every .bpmn and .dmn of bpmn/. Zeebe ignores a resource it already has, so this runs at every start. An
 * engine that is still starting, far away or busy gets more tries, further apart, within
 * {@code aanwezig.engine.start-timeout}; after that the start fails (and the app exits: {@code AanwezigApplication}).
 */
@Component
class ProcessDeployer {

    /** The models the app deploys, and reads its signal starts from ({@link SignalStarts}). */
    static final String MODELS = "classpath*:bpmn/*.bpmn";
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    private static final Duration LONGEST_TRY = Duration.ofSeconds(30);

    private final CamundaClient client;
    private final Duration startTimeout;

    ProcessDeployer(CamundaClient client, @Value("${aanwezig.engine.start-timeout:2m}") Duration startTimeout) {
        this.client = client;
        this.startTimeout = startTimeout;
    }

    /** Deploys, trying again with growing pauses until the start timeout; throws {@link EngineUnreachable} then. */
    void deployAll() {
        long deadline = System.nanoTime() + startTimeout.toNanos();
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1; ; attempt++) {
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            try {
                deploy(left.compareTo(LONGEST_TRY) < 0 ? left : LONGEST_TRY);
                return;
            } catch (RuntimeException e) {
                left = Duration.ofNanos(deadline - System.nanoTime());
                if (left.compareTo(pause) <= 0) {
                    throw new EngineUnreachable(attempt, startTimeout, e);
                }
                log.warn("Deploying the models, try {}: the engine did not answer ({}); trying again in {} ms",
                        attempt, e.getMessage(), pause.toMillis());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    /** The engine could not take the models within the start timeout: the app cannot work, so it does not start. */
    static final class EngineUnreachable extends StartFailure {
        EngineUnreachable(int attempts, Duration within, Throwable last) {
            super("de procesengine antwoordt niet; de processen konden niet worden geïnstalleerd",
                    "the process engine did not answer: the models could not be deployed in " + attempts
                            + " tries within " + within + " (aanwezig.engine.start-timeout); last error: "
                            + last.getMessage(), last);
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine", e);
        }
    }

    private void deploy(Duration requestTimeout) {
        Resource[] resources = find(MODELS, "classpath*:bpmn/*.dmn");
        if (resources.length == 0) {
            throw new IllegalStateException("no BPMN or DMN resources found under bpmn/");
        }
        DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
        for (Resource r : resources) {
            try {
                byte[] bytes = r.getContentAsByteArray();
                command = command == null
                        ? client.newDeployResourceCommand().addResourceBytes(bytes, r.getFilename())
                        : command.addResourceBytes(bytes, r.getFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var deployment = command.requestTimeout(requestTimeout).send().join();
        log.info("Deployed {} resources, {} processes", resources.length, deployment.getProcesses().size());
    }

    private static Resource[] find(String... patterns) {
        var resolver = new PathMatchingResourcePatternResolver();
        return Arrays.stream(patterns).flatMap(p -> {
            try {
                return Arrays.stream(resolver.getResources(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(Resource[]::new);
    }
}
