package nl.aanwezig.workflow;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.net.URI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Two ways to reach Zeebe. Embedded: the in-process engine, whose state is gone at every restart, so
 * each run gets a fresh id and the reconciler rebuilds open cases. Remote: a Zeebe gateway (docker
 * compose or a cluster) that keeps its own state, so nothing is rebuilt.
 */
@Configuration
class EngineConfig {

    private static final Logger log = LoggerFactory.getLogger(EngineConfig.class);

    @Configuration
    @ConditionalOnProperty(name = "aanwezig.engine.mode", havingValue = "embedded", matchIfMissing = true)
    static class Embedded {

        @Bean(destroyMethod = "stop")
        ZeebeTestEngine zeebeEngine(@Value("${aanwezig.engine.port:0}") int port) {
            ZeebeTestEngine engine = EngineFactory.create(port > 0 ? port : freePort());
            engine.start();
            log.info("In-process Zeebe engine at {}", engine.getGatewayAddress());
            return engine;
        }

        @Bean(destroyMethod = "close")
        ZeebeClient zeebeClient(ZeebeTestEngine engine) {
            return engine.createClient();
        }

        @Bean
        EngineRun engineRun() {
            return new EngineRun(UUID.randomUUID().toString(), true);
        }
    }

    @Configuration
    @ConditionalOnProperty(name = "aanwezig.engine.mode", havingValue = "remote")
    static class Remote {

        @Bean(destroyMethod = "close")
        ZeebeClient zeebeClient(@Value("${aanwezig.engine.grpc-address}") URI grpc,
                                @Value("${aanwezig.engine.rest-address}") URI rest) {
            log.info("Zeebe gateway at {}", grpc);
            return ZeebeClient.newClientBuilder().grpcAddress(grpc).restAddress(rest).usePlaintext()
                    .preferRestOverGrpc(false).build();
        }

        @Bean
        EngineRun engineRun() {
            return new EngineRun("remote", false);
        }
    }

    /** Port 0 means "any": tests and a second local instance must not fight over 26500. */
    static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Identifies the engine's lifetime; {@code volatileState} says whether its state dies with the app. */
    record EngineRun(String id, boolean volatileState) {
    }
}
