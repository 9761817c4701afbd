package io.camunda.zeebe.process.test.engine;

import com.google.protobuf.GeneratedMessage;
import io.grpc.stub.StreamObserver;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gateway's request store, knowing which requests this run of the gateway still waits for. A durable log
 * holds commands a stop or crash caught between their write and their processing; they are processed after the
 * start, and their answers are for clients of the previous run. {@link GrpcResponseWriter} would look them up,
 * find nothing and fail with a NullPointerException (an error with a stack trace per command); asking
 * {@link #awaits} first lets those answers be dropped quietly.
 */
final class ThisRunRequestStore extends GatewayRequestStore {

    private final Set<Long> awaited = ConcurrentHashMap.newKeySet();

    @Override
    Long registerNewRequest(Class<? extends GeneratedMessage> requestType, StreamObserver<?> responseObserver) {
        Long id = super.registerNewRequest(requestType, responseObserver);
        awaited.add(id);
        return id;
    }

    @Override
    Request removeRequest(Long requestId) {
        awaited.remove(requestId);
        return super.removeRequest(requestId);
    }

    /** Whether a client of this run waits for the answer to this request. */
    boolean awaits(long requestId) {
        return awaited.contains(requestId);
    }
}
