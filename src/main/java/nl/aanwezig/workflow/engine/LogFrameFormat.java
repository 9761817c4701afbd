package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * The bytes of one frame of the engine log: length (int), lowest and highest position (long), CRC32C of the payload
 * (int), all little-endian, then the payload. Writing and checking frames live here together so the layout is
 * spelled out once; {@link LogRecovery} reads it back, {@link GroupCommitWriter} writes it.
 */
final class LogFrameFormat {

    static final int HEADER = 4 + 8 + 8 + 4;

    /** The whole frame for a batch, ready to write (flipped). */
    static ByteBuffer encode(long lowestPosition, long highestPosition, byte[] payload) {
        ByteBuffer frame = ByteBuffer.allocate(HEADER + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(payload.length).putLong(lowestPosition).putLong(highestPosition).putInt(crc(payload))
                .put(payload).flip();
        return frame;
    }

    static int crc(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return (int) c.getValue();
    }

    /**
     * Whether a header can be a frame the log wrote: it fits in what is there, and its positions follow the highest
     * durable one before it (positions only grow).
     */
    static boolean plausible(int length, long lowest, long highest, long offset, long size, long highestDurable) {
        return length > 0 && offset + HEADER + length <= size && lowest <= highest && lowest > highestDurable;
    }

    /**
     * Whether a valid frame starts anywhere after a bad one: then the bad part is not what an interrupted write
     * leaves (or garbage after the end) but damage in the middle, and valid batches are lost with the cut.
     */
    static boolean validFrameAfter(FileChannel ch, long bad, long size, long highestDurable) throws IOException {
        if (size - bad > Integer.MAX_VALUE - 8) {
            return true;
        }
        ByteBuffer rest = ByteBuffer.allocate((int) (size - bad)).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, rest, bad);
        byte[] bytes = rest.array();
        CRC32C c = new CRC32C();
        for (int at = 1; at + HEADER <= bytes.length; at++) {
            int length = rest.getInt(at);
            long lowest = rest.getLong(at + 4);
            long highest = rest.getLong(at + 12);
            if (plausible(length, lowest, highest, at, bytes.length, highestDurable)) {
                c.reset();
                c.update(bytes, at + HEADER, length);
                if ((int) c.getValue() == rest.getInt(at + 20)) {
                    return true;
                }
            }
        }
        return false;
    }

    static void readFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long pos = at;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new IOException("unexpected end of engine log segment");
            }
            pos += n;
        }
    }

    private LogFrameFormat() {
    }
}
