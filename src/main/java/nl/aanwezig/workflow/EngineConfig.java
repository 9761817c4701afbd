package nl.aanwezig.workflow;

import io.camunda.zeebe.client.ZeebeClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import nl.aanwezig.workflow.engine.DurableEngine;
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
 * (docker compose or a cluster).
 */
@Configuration
class EngineConfig {

    private static final Logger log = LoggerFactory.getLogger(EngineConfig.class);

    @Configuration
    @ConditionalOnProperty(name = "aanwezig.engine.mode", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean(destroyMethod = "stop")
        DurableEngine zeebeEngine(@Value("${aanwezig.db.data-dir}") Path dataDir,
                                  @Value("${aanwezig.engine.port:0}") int port,
                                  @Value("${aanwezig.engine.segment-mb:64}") long segmentMb) {
            DurableEngine engine = DurableEngine.open(DurableEngine.Settings.at(dataDir.resolve("engine").toAbsolutePath())
                    .withPort(port).withSegmentBytes(segmentMb * 1024 * 1024), Duration.ofMinutes(10));
            log.info("In-process Zeebe engine at {} (loopback only)", engine.getGatewayAddress());
            return engine;
        }

        @Bean(destroyMethod = "close")
        ZeebeClient zeebeClient(DurableEngine engine) {
            return client(URI.create("http://" + engine.getGatewayAddress()), null);
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
        ZeebeClient zeebeClient(@Value("${aanwezig.engine.grpc-address}") URI grpc,
                                @Value("${aanwezig.engine.rest-address}") URI rest) {
            log.info("Zeebe gateway at {}", grpc);
            return client(grpc, rest);
        }
    }

    /**
     * The client's job workers share its executor: with one thread (the default), a handler that waits (a locked
     * row, a slow database) stops every worker of the node, inbox, close-case and route steps alike. A few threads
     * keep the others going.
     */
    static final int WORKER_THREADS = 4;

    static ZeebeClient client(URI grpc, URI rest) {
        var builder = ZeebeClient.newClientBuilder().grpcAddress(grpc).usePlaintext().preferRestOverGrpc(false)
                .numJobWorkerExecutionThreads(WORKER_THREADS);
        return (rest == null ? builder : builder.restAddress(rest)).build();
    }
}
