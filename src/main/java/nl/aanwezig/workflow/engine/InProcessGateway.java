package nl.aanwezig.workflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.client.impl.CamundaClientImpl;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.net.InetAddress;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How clients reach a {@link DurableEngine}'s gateway: in-process by name from this JVM, and for other nodes on a
 * loopback port (with the node token, see {@link EngineGateway}).
 *
 * @param name      the in-process name, unique per engine: several engines in one JVM (tests) must not reach each
 *                  other's gateway
 * @param nodesPort the loopback port other nodes use; 0 when the engine serves none
 */
record InProcessGateway(String name, int nodesPort) {

    /**
     * An in-process client, with settings of the caller (worker threads, timeouts) on top of gRPC (the engine
     * serves no REST API). Its addresses and environment overrides (CAMUNDA_GRPC_ADDRESS, ZEEBE_GRPC_ADDRESS and
     * the like) play no part: the channel is given. Closing the client closes the channel.
     */
    CamundaClient client(UnaryOperator<CamundaClientBuilder> configure) {
        CamundaClientBuilderImpl config = new CamundaClientBuilderImpl();
        config.applyEnvironmentVariableOverrides(false).preferRestOverGrpc(false);
        // the builder's methods return the builder itself: what the caller sets lands in config
        configure.apply(config);
        var channel = InProcessChannelBuilder.forName(name)
                .maxInboundMessageSize(config.getMaxMessageSize())
                .maxInboundMetadataSize(config.getMaxMetadataSize()).build();
        return new CamundaClientImpl(config, channel);
    }

    /** {@code in-process:<name>}: the gateway has no network address (not a URL; for logs). */
    String address() {
        return "in-process:" + name;
    }

    /** {@code 127.0.0.1:<port>} where other nodes reach the gateway (with the token); empty when it serves none. */
    Optional<String> nodeAddress() {
        return nodesPort == 0 ? Optional.empty()
                : Optional.of(InetAddress.getLoopbackAddress().getHostAddress() + ":" + nodesPort);
    }
}
