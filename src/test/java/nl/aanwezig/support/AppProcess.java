package nl.aanwezig.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application as a separate JVM process, started from the test's own class path, as an operator would run a
 * second node or a start that must fail: its own process, so it can be killed without a shutdown (SIGKILL) or exit
 * with its own status. Its stdout and stderr go to a log file under {@code target/app-processes/}; a failed wait
 * prints the log's tail. {@link #close()} kills it, and a shutdown hook does so when the test JVM ends first, so no
 * process outlives the test.
 */
public final class AppProcess implements AutoCloseable {

    public static final String MAIN_CLASS = "nl.aanwezig.AanwezigApplication";
    private static final Path LOG_DIR = Path.of("target", "app-processes");
    private static final Duration POLL = Duration.ofMillis(250);

    private final String name;
    private final Process process;
    private final Path log;
    private final Thread reaper;

    private AppProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.reaper = new Thread(process::destroyForcibly, "kill-" + name);
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    /**
     * Starts {@value #MAIN_CLASS} with the given program arguments and extra environment. The JVM is the test's own
     * java with the app's class path ({@link #appClassPath()}); C1 only and a bounded heap, since the test machine's
     * few cores are shared with the test JVM.
     */
    public static AppProcess start(String name, List<String> args, Map<String, String> env) {
        try {
            Files.createDirectories(LOG_DIR);
            Path log = LOG_DIR.resolve(name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                    + ".log").toAbsolutePath();
            List<String> command = new ArrayList<>();
            command.add(javaExecutable());
            command.addAll(List.of("-Xmx768m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8"));
            command.addAll(List.of("-cp", String.join(File.pathSeparator, appClassPath()), MAIN_CLASS));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            // the test JVM's own settings for the app must not leak into the child (it gets what it is given)
            builder.environment().keySet().removeIf(k -> k.startsWith("AANWEZIG_") || k.startsWith("SPRING_")
                    || k.startsWith("ZEEBE_") || k.startsWith("CAMUNDA_") || k.startsWith("DB_"));
            builder.environment().putAll(env);
            return new AppProcess(name, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test JVM's class path without the test classes: the app as it ships (the test support beans, such as those
     * that want the in-process engine, are no part of it). Test-scoped libraries stay; nothing in them configures
     * itself.
     */
    static List<String> appClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !isTestClasses(entry)).toList();
    }

    /**
     * The test classes' directory, for what a node must share with the test's own: the fixture's migrations
     * ({@code filesystem:<this>/db/testdata}), which Flyway must find on every node of one database.
     */
    public static Path testClasses() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(AppProcess::isTestClasses).map(Path::of).findFirst()
                .orElseThrow(() -> new IllegalStateException("no test-classes directory on the class path"));
    }

    private static boolean isTestClasses(String entry) {
        return Path.of(entry).getFileName() != null && Path.of(entry).getFileName().toString().equals("test-classes");
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** A loopback port nothing listens on right now (a node's HTTP port, or a gateway address that must fail). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /actuator/health/readiness} answers 200 on the given port (database and engine up). */
    public AppProcess awaitReady(int httpPort, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " before it was ready\n" + tail(60));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notListeningYet) {
                // the port opens late in the start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            pause();
        }
        throw new AssertionError(name + " not ready within " + timeout + "\n" + tail(60));
    }

    /** Waits for the process to end by itself; the exit code, or an assertion error with the log's tail. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " still running after " + timeout + "\n" + tail(60));
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGKILL: no shutdown hook, no bean destroyed, no transaction finished, as a node that dies. Returns once dead. */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path logFile() {
        return log;
    }

    /** The whole log so far. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the log, for a failure message. */
    public String tail(int lines) {
        List<String> all = log().lines().toList();
        return "--- last " + lines + " lines of " + log + " ---\n"
                + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
