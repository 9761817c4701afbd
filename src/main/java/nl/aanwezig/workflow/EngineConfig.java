package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import nl.aanwezig.workflow.engine.BearerToken;
import nl.aanwezig.workflow.engine.DurableEngine;
import nl.aanwezig.workflow.engine.EngineToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Two ways to reach Zeebe, with the same behaviour. Embedded: Zeebe's engine in-process with its log and state
 * under the data directory, so it keeps every route across restarts as a broker does. Remote: a Zeebe gateway
 * (docker compose or a cluster), or the embedded engine of another node.
 *
 * <p>The embedded engine has no TCP port unless it serves other nodes ({@code aanwezig.engine.serve-nodes}): the
 * app's client reaches it in-process, so no other local process can send it commands past the app's access rules
 * and audit. A port for other nodes takes only calls with the engine token.
 */
@Configuration
class EngineConfig {

    private static final Logger log = LoggerFactory.getLogger(EngineConfig.class);

    @Configuration
    @ConditionalOnProperty(name = "aanwezig.engine.mode", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean(destroyMethod = "stop")
        DurableEngine zeebeEngine(@Value("${aanwezig.db.data-dir}") Path dataDir,
                                  @Value("${aanwezig.engine.serve-nodes:false}") boolean serveNodes,
                                  @Value("${aanwezig.engine.port:0}") int port,
                                  @Value("${aanwezig.engine.token:}") String token,
                                  @Value("${aanwezig.engine.segment-mb:64}") long segmentMb,
                                  @Value("${aanwezig.engine.snapshot-records:30000}") long snapshotRecords) {
            var settings = DurableEngine.Settings.at(dataDir.resolve("engine").toAbsolutePath())
                    .withSegmentBytes(segmentMb * 1024 * 1024).withSnapshotEvery(snapshotRecords);
            if (serveNodes) {
                settings = settings.servingNodes(port,
                        token.isBlank() ? EngineToken.loadOrCreate(dataDir.toAbsolutePath()) : token.strip());
            }
            DurableEngine engine = DurableEngine.open(settings, Duration.ofMinutes(10));
            engine.nodeAddress().ifPresentOrElse(
                    address -> log.info("In-process Zeebe engine; other nodes reach it at {} (loopback only), every "
                            + "call with the engine token from {}", address, token.isBlank()
                            ? dataDir.toAbsolutePath().resolve(EngineToken.FILE) : "AANWEZIG_ENGINE_TOKEN"),
                    () -> log.info("In-process Zeebe engine, no TCP port (aanwezig.engine.serve-nodes=false)"));
            return engine;
        }

        @Bean(destroyMethod = "close")
        CamundaClient camundaClient(DurableEngine engine) {
            return engine.createClient(builder -> builder.numJobWorkerExecutionThreads(WORKER_THREADS));
        }

        @Bean
        EngineSnapshotter engineSnapshotter(DurableEngine engine) {
            return new EngineSnapshotter(engine);
        }
    }

    /** Snapshots the embedded engine's state now and then, so a start replays only the log since the last one. */
    static class EngineSnapshotter {
        private final DurableEngine engine;

        EngineSnapshotter(DurableEngine engine) {
            this.engine = engine;
        }

        @Scheduled(fixedDelayString = "${aanwezig.engine.snapshot-ms:60000}", initialDelayString = "${aanwezig.engine.snapshot-ms:60000}")
        void snapshot() {
            engine.snapshot();
        }
    }

    @Configuration
    @ConditionalOnProperty(name = "aanwezig.engine.mode", havingValue = "remote")
    static class Remote {

        @Bean(destroyMethod = "close")
        CamundaClient camundaClient(@Value("${aanwezig.engine.grpc-address}") URI grpc,
                                    @Value("${aanwezig.engine.rest-address}") URI rest,
                                    @Value("${aanwezig.engine.token:}") String token) {
            log.info("Zeebe gateway at {} ({})", grpc, token.isBlank() ? "no engine token" : "with the engine token");
            return client(grpc, rest, token.isBlank() ? null : new BearerToken(token.strip()));
        }
    }

    /**
     * The client's job workers share its executor: with one thread (the default), a handler that waits (a locked
     * row, a slow database) stops every worker of the node, inbox, close-case and route steps alike. A few threads
     * keep the others going.
     */
    static final int WORKER_THREADS = 4;

    /**
     * A client of a gateway over gRPC: the embedded engine of another node serves no REST API, and an 8.8 broker
     * serves both. The address's scheme decides the transport security, as the Camunda client has it: http for
     * plaintext (the default addresses, a node on loopback), https for TLS.
     */
    static CamundaClient client(URI grpc, URI rest, CredentialsProvider credentials) {
        var builder = CamundaClient.newClientBuilder().grpcAddress(grpc).preferRestOverGrpc(false)
                .numJobWorkerExecutionThreads(WORKER_THREADS).restAddress(rest);
        return (credentials == null ? builder : builder.credentialsProvider(credentials)).build();
    }
}
