package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The engine's state snapshots on disk: one directory per snapshot (a RocksDB checkpoint), named by the last log
 * position its state has processed. A snapshot is written under a temporary name and renamed when complete, so a
 * crash while writing leaves no half snapshot behind that a start could pick.
 */
final class StateSnapshots {

    private static final String PENDING = ".pending";

    private final Path dir;

    StateSnapshots(Path dir) {
        this.dir = dir;
        try {
            OwnerOnly.directories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest complete snapshot and its processed position. */
    Optional<Snapshot> latest() {
        return all().stream().max(Comparator.comparingLong(Snapshot::position));
    }

    List<Snapshot> all() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("\\d+"))
                    .map(p -> new Snapshot(Long.parseLong(p.getFileName().toString()), p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh directory to write a snapshot into. */
    Path pending() {
        Path p = dir.resolve(System.nanoTime() + PENDING);
        deleteTree(p);
        return p;
    }

    /** Makes a written snapshot the newest one and deletes every older one and any left-over pending one. */
    Snapshot commit(Path pending, long position) {
        Path target = dir.resolve(Long.toString(position));
        try {
            if (Files.exists(target)) {
                deleteTree(pending);
            } else {
                Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
            }
            OwnerOnly.tighten(target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the engine snapshot", e);
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> !p.equals(target)).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(PENDING) || (n.matches("\\d+") && Long.parseLong(n) < position);
            }).forEach(StateSnapshots::deleteTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Snapshot(position, target);
    }

    /** Copies a snapshot to the directory the engine's database will run in (hard links where possible). */
    static void copyInto(Snapshot snapshot, Path runtime) {
        deleteTree(runtime);
        try {
            OwnerOnly.directories(runtime);
            try (Stream<Path> files = Files.list(snapshot.dir())) {
                for (Path f : files.toList()) {
                    Path to = runtime.resolve(f.getFileName());
                    if (f.getFileName().toString().endsWith(".sst")) {
                        try {
                            // SST files never change: the runtime database may share them
                            Files.createLink(to, f);
                            continue;
                        } catch (FileSystemException | UnsupportedOperationException noLinks) {
                            // copy below
                        }
                    }
                    Files.copy(f, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restore the engine snapshot " + snapshot.dir(), e);
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + p, e);
        }
    }

    static long sizeOf(Path p) {
        if (!Files.exists(p)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    record Snapshot(long position, Path dir) {
    }
}
