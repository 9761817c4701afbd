package nl.aanwezig.workflow.engine;

import io.grpc.BindableService;
import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the engine's gateway can be reached. Always in-process, by a name only this JVM knows: the app's own client
 * needs no socket, so no other process on the machine can send the engine commands past the app's access rules and
 * audit. Optionally also on a loopback TCP port for other nodes of the app, and then every call on that port must
 * carry {@code authorization: Bearer <token>}; calls without it, or with another token, are refused with
 * UNAUTHENTICATED before the engine sees them.
 */
final class EngineGateway {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private EngineGateway() {
    }

    /** The server(s) for the gateway: in-process under {@code name}, plus {@code nodes} (may be null) with the token. */
    static Server serve(BindableService gateway, String name, InetSocketAddress nodes, String token) {
        List<Server> servers = new ArrayList<>();
        servers.add(InProcessServerBuilder.forName(name).addService(gateway).build());
        if (nodes != null) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("a gateway for other nodes needs a token");
            }
            servers.add(NettyServerBuilder.forAddress(nodes)
                    .addService(ServerInterceptors.intercept(gateway, new TokenCheck(token))).build());
        }
        return new Servers(servers);
    }

    /** Refuses every call whose bearer token is not the node token; compares in constant time. */
    static final class TokenCheck implements ServerInterceptor {
        private final byte[] expected;

        TokenCheck(String token) {
            this.expected = ("Bearer " + token).getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public <Q, A> ServerCall.Listener<Q> interceptCall(ServerCall<Q, A> call, Metadata headers,
                                                           ServerCallHandler<Q, A> next) {
            String given = headers.get(AUTHORIZATION);
            // MessageDigest.isEqual takes the same time wherever the first difference is
            if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.US_ASCII))) {
                return next.startCall(call, headers);
            }
            call.close(Status.UNAUTHENTICATED.withDescription(given == null
                    ? "this engine gateway needs 'authorization: Bearer <engine token>'"
                    : "wrong engine token"), new Metadata());
            return new ServerCall.Listener<>() {
            };
        }
    }

    /** The servers as one, for {@code InMemoryEngine}, which starts and stops one server. */
    private static final class Servers extends Server {
        private final List<Server> servers;

        Servers(List<Server> servers) {
            this.servers = servers;
        }

        @Override
        public Server start() throws IOException {
            List<Server> started = new ArrayList<>();
            try {
                for (Server s : servers) {
                    s.start();
                    started.add(s);
                }
            } catch (IOException | RuntimeException e) {
                // a taken port must not leave the in-process server running behind a failed start
                started.forEach(Server::shutdownNow);
                throw e;
            }
            return this;
        }

        @Override
        public int getPort() {
            return servers.stream().mapToInt(Server::getPort).filter(p -> p > 0).findFirst().orElse(-1);
        }

        @Override
        public List<? extends SocketAddress> getListenSockets() {
            return servers.stream().flatMap(s -> s.getListenSockets().stream()).toList();
        }

        @Override
        public Server shutdown() {
            servers.forEach(Server::shutdown);
            return this;
        }

        @Override
        public Server shutdownNow() {
            servers.forEach(Server::shutdownNow);
            return this;
        }

        @Override
        public boolean isShutdown() {
            return servers.stream().allMatch(Server::isShutdown);
        }

        @Override
        public boolean isTerminated() {
            return servers.stream().allMatch(Server::isTerminated);
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
            for (Server s : servers) {
                if (!s.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void awaitTermination() throws InterruptedException {
            for (Server s : servers) {
                s.awaitTermination();
            }
        }
    }
}
