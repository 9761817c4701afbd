package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.FinalCommandStep;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.MessageRecordValue;
import io.grpc.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.aanwezig.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who can reach the embedded engine's gateway (issue #17, M5): by default nobody outside this JVM, as it has no TCP
 * port at all; when it serves other nodes, only callers with the engine token.
 */
class EngineGatewayTest {

    private static final Duration REPLAY = Duration.ofSeconds(60);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOKEN = EngineToken.generate();

    private Path dir;
    private DurableEngine engine;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("engine-gateway");
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.stop();
        }
        StateSnapshots.deleteTree(dir);
    }

    @Test
    void the_embedded_default_opens_no_listening_tcp_socket_and_the_in_process_client_runs_a_route() {
        Set<Long> before = listeningSocketsOfThisJvm();

        engine = DurableEngine.open(DurableEngine.Settings.at(dir), REPLAY);

        assertThat(difference(listeningSocketsOfThisJvm(), before)).as("TCP sockets this JVM listens on since the open")
                .isEmpty();
        assertThat(engine.nodeAddress()).isEmpty();
        assertThat(engine.getGatewayAddress()).startsWith("in-process:");
        try (CamundaClient client = engine.createClient(b -> b.numJobWorkerExecutionThreads(2));
             var worker = client.newWorker().jobType("work").handler((jobs, job) ->
                     jobs.newCompleteCommand(job).variables(Map.of("done", true)).send().join()).open()) {
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("route").startEvent()
                    .serviceTask("work", t -> t.zeebeJobType("work")).endEvent().done(), "route.bpmn").send().join();
            // with result: the instance ran to its end, its job taken and completed by the worker, all in-process
            var result = client.newCreateInstanceCommand().bpmnProcessId("route").latestVersion().withResult()
                    .requestTimeout(WAIT).send().join();
            assertThat(result.getVariablesAsMap()).containsEntry("done", true);
        }
        assertThat(difference(listeningSocketsOfThisJvm(), before)).as("nor after the client's calls").isEmpty();
    }

    @Test
    void serving_nodes_refuses_calls_without_the_token_or_with_a_wrong_one_and_the_engine_does_not_act_on_them() {
        engine = DurableEngine.open(DurableEngine.Settings.at(dir).servingNodes(0, TOKEN), REPLAY);
        URI address = URI.create("http://" + engine.nodeAddress().orElseThrow());
        assertThat(address.getHost()).isEqualTo("127.0.0.1");

        try (CamundaClient anonymous = remote(address, null);
             CamundaClient wrong = remote(address, EngineToken.generate());
             CamundaClient right = remote(address, TOKEN);
             CamundaClient app = engine.createClient()) {
            assertUnauthenticated(anonymous.newTopologyRequest());
            assertUnauthenticated(anonymous.newPublishMessageCommand().messageName("from-anyone").correlationKey("1"));
            assertUnauthenticated(wrong.newTopologyRequest());
            assertUnauthenticated(wrong.newPublishMessageCommand().messageName("wrong-token").correlationKey("1"));

            assertThat(right.newTopologyRequest().send().join().getBrokers()).isNotEmpty();
            right.newPublishMessageCommand().messageName("right-token").correlationKey("1").send().join();
            // the app's own client needs no token
            app.newPublishMessageCommand().messageName("in-process").correlationKey("1").send().join();
        }

        // the log is in order: once the later messages are in it, the refused ones would be too
        Eventually.until(() -> messageNames().containsAll(List.of("right-token", "in-process")), WAIT,
                "the accepted messages in the engine's log");
        assertThat(messageNames()).as("what the engine published").doesNotContain("from-anyone", "wrong-token");
    }

    private static CamundaClient remote(URI address, String token) {
        CamundaClientBuilder builder = CamundaClient.newClientBuilder().applyEnvironmentVariableOverrides(false)
                .grpcAddress(address).preferRestOverGrpc(false)
                .defaultRequestTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.credentialsProvider(new BearerToken(token));
        }
        return builder.build();
    }

    private static void assertUnauthenticated(FinalCommandStep<?> command) {
        assertThatThrownBy(() -> command.send().join()).isInstanceOfSatisfying(ClientStatusException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    private Set<String> messageNames() {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == ValueType.MESSAGE).map(Record::getValue)
                .map(v -> ((MessageRecordValue) v).getName()).collect(Collectors.toSet());
    }

    private static Set<Long> difference(Set<Long> after, Set<Long> before) {
        Set<Long> d = new HashSet<>(after);
        d.removeAll(before);
        return d;
    }

    /**
     * The inodes of the TCP sockets in LISTEN state (0A) that this JVM holds open: its file descriptors that link to
     * {@code socket:[inode]}, matched against /proc/net/tcp and tcp6 (whose 10th column is the inode).
     */
    private static Set<Long> listeningSocketsOfThisJvm() {
        Set<Long> ours = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        ours.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException closedMeanwhile) {
                    // a descriptor closed while listing is no socket of ours any more
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<Long> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try (Stream<String> lines = Files.lines(Path.of(table))) {
                lines.skip(1).map(String::strip).map(l -> l.split("\\s+"))
                        .filter(cols -> cols.length > 9 && cols[3].equals("0A"))
                        .map(cols -> Long.parseLong(cols[9])).filter(ours::contains).forEach(listening::add);
            } catch (IOException noIpv6) {
                // a kernel without IPv6 has no tcp6 table
            }
        }
        return listening;
    }
}
