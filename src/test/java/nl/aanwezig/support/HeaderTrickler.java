package nl.aanwezig.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A slowloris client: sends a request line and then one more header line every {@code every}, never the blank line
 * that ends the head, and waits (at most {@code bound}) for the server to close the connection.
 */
public final class HeaderTrickler {

    /**
     * What happened.
     *
     * @param closed whether the server closed (or reset) the connection without answering
     * @param took   from the first line until the close (or the bound)
     * @param lines  header lines sent after the first
     */
    public record Trickled(boolean closed, Duration took, int lines) {
    }

    private HeaderTrickler() {
    }

    public static Trickled trickle(int port, String path, Duration every, Duration bound) throws IOException {
        ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger linesSent = new AtomicInteger();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) bound.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            trickler.scheduleAtFixedRate(() -> {
                try {
                    out.write(("X-Slow-" + linesSent.incrementAndGet() + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    throw new UncheckedIOException(closed); // ends the schedule
                }
            }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
            boolean closed;
            try {
                closed = socket.getInputStream().read() == -1; // no answer: the server just closes
            } catch (SocketException reset) {
                closed = true;
            }
            return new Trickled(closed, Duration.ofNanos(System.nanoTime() - started), linesSent.get());
        } finally {
            trickler.shutdownNow();
        }
    }
}
