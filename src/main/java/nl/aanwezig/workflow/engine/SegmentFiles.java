package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The engine log's directory: segment files named by a 12-digit id ({@code 000000000001.log}), and the files a
 * recovery keeps next to them ({@code *.cut}, {@code *.discarded}). Only names and file handles; what is in a file
 * is {@link LogFrameFormat}'s business.
 */
final class SegmentFiles {

    private static final String SUFFIX = ".log";

    private final Path dir;

    SegmentFiles(Path dir) {
        this.dir = dir;
    }

    Path path(long id) {
        return dir.resolve("%012d%s".formatted(id, SUFFIX));
    }

    /** The ids of the segment files present, ascending. */
    List<Long> ids() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+\\" + SUFFIX))
                    .map(n -> Long.parseLong(n.substring(0, n.length() - SUFFIX.length()))).sorted().toList();
        }
    }

    FileChannel openExisting(long id) throws IOException {
        return FileChannel.open(path(id), StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    FileChannel create(long id) throws IOException {
        // owner-only from the moment it exists: the log holds every route's variables
        return FileChannel.open(path(id), Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE), OwnerOnly.fileAttributes(path(id)));
    }

    /** Makes a new segment's name durable, so a crash right after it does not lose the file. */
    void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened; the segment files themselves are forced
        }
    }

    /** Copies the bytes after a cut next to the segment, so what was cut can still be looked at. */
    static Path keepCut(FileChannel ch, long from, Path segment) throws IOException {
        Path kept = segment.resolveSibling(segment.getFileName() + "." + System.currentTimeMillis() + ".cut");
        try (FileChannel out = FileChannel.open(kept, Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), OwnerOnly.fileAttributes(kept))) {
            ch.transferTo(from, ch.size() - from, out);
            out.force(true);
        }
        return kept;
    }

    /** Renames a segment that must not be replayed, keeping it for a look. */
    static Path setAside(Path segment, String suffix) throws IOException {
        Path aside = segment.resolveSibling(segment.getFileName() + "." + System.currentTimeMillis() + suffix);
        Files.move(segment, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }
}
