package nl.aanwezig.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The header deadline on a bare Tomcat, with a deadline of 2 s so the test is quick. */
class HeaderDeadlineProtocolTest {

    Tomcat tomcat;
    int port;

    @BeforeEach
    void start() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("tomcat-deadline").toString());
        Connector connector = new Connector(HeaderDeadlineProtocol.class.getName());
        connector.setPort(0);
        ((HeaderDeadlineProtocol) connector.getProtocolHandler()).setHeaderDeadlineMillis(2000);
        tomcat.setConnector(connector);
        tomcat.addContext("", null);
        tomcat.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    @Test
    void a_client_trickling_header_lines_faster_than_the_read_timeout_is_cut_at_the_deadline() throws Exception {
        ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger linesSent = new AtomicInteger();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("GET / HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long started = System.nanoTime();
            trickler.scheduleAtFixedRate(() -> {
                try {
                    out.write(("X-Slow-" + linesSent.incrementAndGet() + ": a\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException closed) {
                    throw new UncheckedIOException(closed);
                }
            }, 200, 200, TimeUnit.MILLISECONDS);
            boolean closed;
            try {
                closed = socket.getInputStream().read() == -1;
            } catch (SocketException reset) {
                closed = true;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(closed).isTrue();
            assertThat(took).isBetween(Duration.ofMillis(1500), Duration.ofSeconds(10));
            assertThat(linesSent.get()).isGreaterThan(5);
        } finally {
            trickler.shutdownNow();
        }
    }
}
