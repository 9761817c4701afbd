package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.BindableService;
import io.grpc.Server;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * What {@link EngineFactory#create(int)} wires, with two differences: the log and the state database are the
 * caller's (a log on disk and a RocksDB state make the engine durable), and the caller decides where the gateway
 * is served ({@code serve}: in-process, and for other nodes a loopback port with a token) instead of a port on every
 * interface that takes commands from anyone, and responses of several engines in one JVM do not mix
 * ({@link SerializedResponseWriter}), and answers to requests of a previous run (commands in the durable log that
 * were processed only after a restart) are dropped instead of failing ({@link ThisRunRequestStore}). It lives in this package because the gateway's classes are
 * package-private; it holds no logic of its own.
 */
public final class DurableEngineFactory {

    private static final int PARTITION_ID = 1;
    private static final int PARTITION_COUNT = 1;

    private DurableEngineFactory() {
    }

    /** The engine and the stream processor behind it (for replay progress and snapshots). */
    public record Wired(InMemoryEngine engine, StreamProcessor streamProcessor) {
    }

    /**
     * @param serve        puts the gateway service on the server(s) the engine starts and stops
     * @param topologyPort the port the gateway names in its topology answer (0 when it has none)
     */
    public static Wired create(Function<BindableService, Server> serve, int topologyPort, LogStorage storage,
                               ZeebeDb<ZbColumnFamilies> database, long firstRequestId) {
        ControlledActorClock clock = new ControlledActorClock();
        ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
        scheduler.start();
        LogStream logStream = LogStream.builder().withPartitionId(PARTITION_ID).withLogStorage(storage)
                .withClock(clock).withMeterRegistry(new SimpleMeterRegistry()).build();
        CommandWriter writer = new CommandWriter(logStream.newLogStreamWriter());
        CommandSender sender = new CommandSender(writer);
        ThisRunRequestStore requests = new ThisRunRequestStore();
        startRequestIdsAt(requests, firstRequestId);
        InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(writer);
        GrpcToLogStreamGateway gateway = new GrpcToLogStreamGateway(writer, PARTITION_ID, PARTITION_COUNT,
                topologyPort, requests, jobStreamer);
        Server server = serve.apply(gateway);
        CommandResponseWriter responses = new SerializedResponseWriter(new GrpcResponseWriter(gateway, requests, null),
                requests::awaits);
        StreamProcessor processor = streamProcessor(logStream, database, scheduler, responses, sender, jobStreamer, clock);
        EngineStateMonitor monitor = new EngineStateMonitor(new InMemoryLogStorage(), processor);
        storage.addCommitListener(monitor);
        RecordStreamSourceImpl records = new RecordStreamSourceImpl(logStream.newLogStreamReader(), PARTITION_ID);
        InMemoryEngine engine = new InMemoryEngine(server, processor, gateway, database, logStream, scheduler, records,
                clock, monitor);
        return new Wired(engine, processor);
    }

    private static StreamProcessor streamProcessor(LogStream logStream, ZeebeDb<ZbColumnFamilies> database,
                                                   ActorScheduler scheduler, CommandResponseWriter responses,
                                                   CommandSender sender, InMemoryJobStreamer jobStreamer,
                                                   ControlledActorClock clock) {
        SecurityConfiguration security = new SecurityConfiguration();
        security.getAuthorizations().setEnabled(false);
        return StreamProcessor.builder().logStream(logStream).zeebeDb(database).commandResponseWriter(responses)
                .partitionCommandSender(sender)
                .recordProcessors(List.of(new Engine(context -> EngineProcessors.createEngineProcessors(context,
                        PARTITION_COUNT, new SubscriptionCommandSender(context.getPartitionId(), sender), sender,
                        FeatureFlags.createDefault(), jobStreamer, SearchClientsProxy.noop(),
                        new BrokerRequestAuthorizationConverter(security)), new EngineConfiguration(), security)))
                .actorSchedulingService(scheduler).clock(new ControllableStreamClockImpl(clock))
                .meterRegistry(new SimpleMeterRegistry()).build();
    }

    /**
     * The gateway numbers its requests from 1 in every JVM. A command written before a crash but answered only
     * after the restart carries such a number; new requests must not reuse it, or its answer goes to them.
     */
    private static void startRequestIdsAt(GatewayRequestStore requests, long first) {
        try {
            Field f = GatewayRequestStore.class.getDeclaredField("requestIdGenerator");
            f.setAccessible(true);
            ((AtomicLong) f.get(requests)).set(first);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Zeebe version's gateway changed; check DurableEngineFactory", e);
        }
    }
}
