package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the embedded engine writes under the data directory (its log, state and snapshots hold every dossier's route
 * and variables) is its owner's only: directories {@code rwx------}, files {@code rw-------}, as the database's own
 * directory and the engine token are. Created that way where this code creates them; what RocksDB writes itself
 * (its own files in {@code runtime/} and in a snapshot) is inside such a directory and is tightened when a snapshot is
 * taken and at the next start. On a file system without POSIX permissions nothing is done.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private OwnerOnly() {
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The attributes to create a file with: owner-only where the file system has POSIX permissions. */
    static FileAttribute<?>[] fileAttributes(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates the directory and its missing parents owner-only; an existing one is made owner-only. */
    static Path directories(Path dir) throws IOException {
        if (!posix(dir)) {
            return Files.createDirectories(dir);
        }
        Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
        Files.setPosixFilePermissions(dir, DIRECTORY);
        return dir;
    }

    /**
     * Every directory under {@code root} (itself included) {@code rwx------}; every file keeps its owner's bits and
     * loses the group's and others' (a file {@code rw-r--r--} becomes {@code rw-------}). Symbolic links are not
     * followed. A file that disappears meanwhile (RocksDB compacting) is skipped.
     */
    static void tighten(Path root) {
        if (!Files.exists(root) || !posix(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                try {
                    if (Files.isSymbolicLink(p)) {
                        continue;
                    }
                    if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                        Files.setPosixFilePermissions(p, DIRECTORY);
                    } else {
                        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
                        if (perms.removeAll(NOT_OWNER)) {
                            Files.setPosixFilePermissions(p, perms);
                        }
                    }
                } catch (java.nio.file.NoSuchFileException gone) {
                    // deleted while we walked: nothing to protect
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot make " + root + " owner-only",
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }
}
