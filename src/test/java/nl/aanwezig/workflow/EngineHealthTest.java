package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.engine.DurableEngine;
import nl.aanwezig.workflow.engine.SwitchableDisk;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** Readiness of the engine: it answers, and its log is written to disk; a full disk makes it not ready. */
class EngineHealthTest {

    @Test
    void the_engine_is_up_while_it_answers_and_down_with_the_reason_once_its_log_cannot_be_written() throws Exception {
        Path dir = Files.createTempDirectory("aanwezig-engine-health");
        SwitchableDisk disk = new SwitchableDisk();
        try (DurableEngine engine = disk.open(dir); CamundaClient client = engine.createClient()) {
            StaticListableBeanFactory beans = new StaticListableBeanFactory();
            beans.addBean("engine", engine);
            EngineHealth health = new EngineHealth(client, beans.getBeanProvider(DurableEngine.class));
            client.newDeployResourceCommand().addResourceStringUtf8(PROCESS, "p.bpmn").send().join();
            engine.waitForIdleState(Routes.WAIT);
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);

            disk.fill();
            // the next append cannot be forced to disk: it is refused, and from then on the log says why
            var refused = client.newCreateInstanceCommand().bpmnProcessId("p").latestVersion()
                    .requestTimeout(Duration.ofSeconds(5)).send();
            Eventually.until(() -> !engine.logHealthy(), Routes.WAIT, "the log to report the failed disk");
            assertThatThrownBy(() -> refused.get(Routes.WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                    .as("the command that could not be written is not acknowledged");
            Health down = health.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails().get("log")).asString().contains("No space left on device");
        }
    }

    @Test
    void the_engine_is_down_when_its_gateway_does_not_answer() {
        try (CamundaClient client = CamundaClient.newClientBuilder().applyEnvironmentVariableOverrides(false)
                .grpcAddress(java.net.URI.create("http://127.0.0.1:" + freePort())).preferRestOverGrpc(false).build()) {
            EngineHealth health = new EngineHealth(client, new StaticListableBeanFactory().getBeanProvider(DurableEngine.class));
            Health down = health.health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails()).containsKey("gateway");
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
              <bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/></bpmn:process>
            </bpmn:definitions>""";
}
