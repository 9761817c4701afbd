package nl.aanwezig.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL server that an earlier run left running on the data directory. pg_ctl starts the
 * server as a process of its own, and only the JVM's shutdown hook stops it: when the JVM dies without
 * one (kill -9, out of memory killer, a VM switched off) the server keeps running, holds the data
 * directory, and the next start fails on its {@code postmaster.pid}.
 *
 * <p>It only stops a process that is certainly that server: the pid file names it, no living JVM holds
 * zonky's lock on the directory (that would be a running app, whose database this is), the process's
 * executable is {@code postgres} and it runs in this data directory (a pid can be reused by anything).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    /** pg_ctl's own default wait: a fast shutdown still writes a checkpoint. */
    static final Duration FAST_SHUTDOWN = Duration.ofSeconds(60);
    static final Duration IMMEDIATE_SHUTDOWN = Duration.ofSeconds(15);
    static final Duration KILL = Duration.ofSeconds(10);

    /** The file zonky's EmbeddedPostgres locks for as long as it runs a server on the directory. */
    private static final String ZONKY_LOCK = "epg-lock";

    private OrphanedServer() {
    }

    /** Returns the pid of the server it stopped, if there was one. */
    static Optional<Long> stopIfRunning(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(pgData.resolve(ZONKY_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this JVM runs a server on it
            }
            if (lock == null) {
                // a running app's server, not an orphan: zonky will refuse to start a second one
                return Optional.empty();
            }
            try {
                return stopOrphan(pgData, pidFile);
            } finally {
                lock.release();
            }
        }
    }

    private static Optional<Long> stopOrphan(Path pgData, Path pidFile) throws IOException {
        List<String> lines;
        long pid;
        try {
            lines = Files.readAllLines(pidFile);
            pid = Long.parseLong(lines.getFirst().trim());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty(); // empty or half-written: postgres itself judges such a file
        }
        Optional<ProcessHandle> found = ProcessHandle.of(pid).filter(OrphanedServer::running);
        if (found.isEmpty()) {
            return Optional.empty(); // stale: postgres sees the pid is gone and overwrites the file
        }
        ProcessHandle process = found.get();
        if (!isServerOf(process, pgData, lines)) {
            log.warn("{} names process {}, which is not a PostgreSQL server of this data directory: left alone",
                    pidFile, pid);
            return Optional.empty();
        }
        // SIGINT is a fast shutdown: the clients are gone with the JVM that was killed, the checkpoint is written
        signal(process, "INT");
        if (!exited(process, pidFile, FAST_SHUTDOWN)) {
            // SIGQUIT is an immediate shutdown: no checkpoint, the next start recovers from the WAL
            signal(process, "QUIT");
            if (!exited(process, pidFile, IMMEDIATE_SHUTDOWN)) {
                process.destroyForcibly();
                // the pid file stays: with it postgres checks that no old backend still uses the shared memory
                if (!exited(process, null, KILL)) {
                    throw new IllegalStateException("could not stop the orphaned PostgreSQL server (pid " + pid
                            + ") on " + pgData);
                }
            }
        }
        log.warn("Stopped an orphaned PostgreSQL server (pid {}) on {}: an earlier run of the app ended without "
                + "stopping it (killed or crashed)", pid, pgData);
        return Optional.of(pid);
    }

    /**
     * The executable is postgres and its data directory is ours, by the pid file and by the process itself: the
     * postmaster works in its data directory (Linux shows it as /proc/pid/cwd), elsewhere its -D argument.
     */
    private static boolean isServerOf(ProcessHandle process, Path pgData, List<String> pidFileLines) {
        String command = process.info().command().map(c -> Path.of(c).getFileName().toString()).orElse("");
        // " (deleted)": Linux's name for an executable whose file was removed while it runs (a cleaned /tmp)
        if (!(command.equals("postgres") || command.equals("postgres.exe") || command.startsWith("postgres "))) {
            return false;
        }
        if (pidFileLines.size() < 2 || !sameFile(Path.of(pidFileLines.get(1).trim()), pgData)) {
            return false;
        }
        Path cwd = Path.of("/proc", Long.toString(process.pid()), "cwd");
        if (Files.exists(cwd)) {
            return sameFile(cwd, pgData);
        }
        String[] args = process.info().arguments().orElse(new String[0]);
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D") && sameFile(Path.of(args[i + 1]), pgData)) {
                return true;
            }
        }
        return false;
    }

    private static void signal(ProcessHandle process, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command (Windows): below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy(); // SIGTERM, a smart shutdown, is what Java can send itself
    }

    /** Until the process has ended and, if given, the pid file is gone (postgres removes it last). */
    private static boolean exited(ProcessHandle process, Path pidFile, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (running(process) || (pidFile != null && Files.exists(pidFile))) {
            if (System.nanoTime() > end) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie: a server that has exited stays a zombie until its parent (init, pg_ctl's
     * process is long gone) reaps it, and Java counts a zombie as alive.
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException e) {
            return !Files.isDirectory(Path.of("/proc/self")); // gone on Linux; elsewhere isAlive has to do
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
