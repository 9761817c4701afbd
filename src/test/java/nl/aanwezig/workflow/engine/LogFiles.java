package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The engine log's files as a crash or a bad disk would leave them, written with the frame layout documented in
 * {@link FileLogStorage} (not with its code): length, lowest and highest position, CRC32C, payload.
 */
final class LogFiles {

    static final int HEADER = 4 + 8 + 8 + 4;

    record FrameAt(long offset, int length, long lowest, long highest) {
    }

    private LogFiles() {
    }

    static List<Path> segments(Path logDir) throws IOException {
        try (Stream<Path> files = Files.list(logDir)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d+\\.log")).sorted().toList();
        }
    }

    static List<String> names(Path logDir) throws IOException {
        try (Stream<Path> files = Files.list(logDir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<FrameAt> frames(Path segment) throws IOException {
        List<FrameAt> frames = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ)) {
            long offset = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            while (offset + HEADER <= ch.size()) {
                header.clear();
                ch.read(header, offset);
                int length = header.getInt(0);
                frames.add(new FrameAt(offset, length, header.getLong(4), header.getLong(12)));
                offset += HEADER + length;
            }
        }
        return frames;
    }

    /** Flips a byte of a frame's payload: its CRC no longer matches. */
    static void flipPayloadByte(Path segment, long frameOffset) throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            ch.read(one, frameOffset + HEADER + 1);
            one.put(0, (byte) (one.get(0) ^ 0x5a)).rewind();
            ch.write(one, frameOffset + HEADER + 1);
        }
    }

    /** Cuts the file in the middle of the given frame, as a crash during its write would. */
    static void tearAt(Path segment, FrameAt frame) throws IOException {
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(frame.offset() + HEADER + frame.length() / 2);
        }
    }
}
