package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.util.function.LongPredicate;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link GrpcResponseWriter} keeps the response's key, intent and value in static fields, so two engines in one JVM
 * (a test run with two application contexts) answer each other's clients with the wrong key or value. This writer
 * collects one response per engine and hands it to the engine's writer in one step, under one lock for all engines.
 * It also drops answers no client of this run waits for, which the engine's writer would fail on.
 */
final class SerializedResponseWriter implements CommandResponseWriter {

    private static final Object ALL_ENGINES = new Object();
    private static final Logger log = LoggerFactory.getLogger(SerializedResponseWriter.class);

    private final CommandResponseWriter delegate;
    private final LongPredicate awaited;
    private Integer partitionId;
    private Long key;
    private Intent intent;
    private RecordType recordType;
    private ValueType valueType;
    private RejectionType rejectionType;
    private DirectBuffer rejectionReason;
    private final ExpandableArrayBuffer value = new ExpandableArrayBuffer();
    private int valueLength = -1;

    /** awaited: whether a client still waits for the answer to a request id; others are not answered. */
    SerializedResponseWriter(CommandResponseWriter delegate, LongPredicate awaited) {
        this.delegate = delegate;
        this.awaited = awaited;
    }

    @Override
    public CommandResponseWriter partitionId(int id) {
        this.partitionId = id;
        return this;
    }

    @Override
    public CommandResponseWriter key(long k) {
        this.key = k;
        return this;
    }

    @Override
    public CommandResponseWriter intent(Intent i) {
        this.intent = i;
        return this;
    }

    @Override
    public CommandResponseWriter recordType(RecordType t) {
        this.recordType = t;
        return this;
    }

    @Override
    public CommandResponseWriter valueType(ValueType t) {
        this.valueType = t;
        return this;
    }

    @Override
    public CommandResponseWriter rejectionType(RejectionType t) {
        this.rejectionType = t;
        return this;
    }

    @Override
    public CommandResponseWriter rejectionReason(DirectBuffer reason) {
        UnsafeBuffer copy = new UnsafeBuffer(new byte[reason.capacity()]);
        copy.putBytes(0, reason, 0, reason.capacity());
        this.rejectionReason = copy;
        return this;
    }

    @Override
    public CommandResponseWriter valueWriter(BufferWriter writer) {
        // copied now: the caller may reuse its writer before the response goes out
        valueLength = writer.getLength();
        writer.write(value, 0);
        return this;
    }

    @Override
    public void tryWriteResponse(int requestStreamId, long requestId) {
        synchronized (ALL_ENGINES) {
            try {
                if (!awaited.test(requestId)) {
                    // a command of the previous run, processed after the restart: its client is gone
                    log.debug("No client waits for the answer to request {} (from before the restart)", requestId);
                    return;
                }
                if (partitionId != null) {
                    delegate.partitionId(partitionId);
                }
                if (key != null) {
                    delegate.key(key);
                }
                if (intent != null) {
                    delegate.intent(intent);
                }
                if (recordType != null) {
                    delegate.recordType(recordType);
                }
                if (valueType != null) {
                    delegate.valueType(valueType);
                }
                if (rejectionType != null) {
                    delegate.rejectionType(rejectionType);
                }
                if (rejectionReason != null) {
                    delegate.rejectionReason(rejectionReason);
                }
                if (valueLength >= 0) {
                    delegate.valueWriter(new Copied(value, valueLength));
                }
                delegate.tryWriteResponse(requestStreamId, requestId);
            } finally {
                partitionId = null;
                key = null;
                intent = null;
                recordType = null;
                valueType = null;
                rejectionType = null;
                rejectionReason = null;
                valueLength = -1;
            }
        }
    }

    private record Copied(DirectBuffer bytes, int length) implements BufferWriter {
        @Override
        public int getLength() {
            return length;
        }

        @Override
        public int write(MutableDirectBuffer buffer, int offset) {
            buffer.putBytes(offset, bytes, 0, length);
            return length;
        }
    }
}
