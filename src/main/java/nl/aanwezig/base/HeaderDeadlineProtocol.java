package nl.aanwezig.base;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.Processor;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's HTTP/1.1 connector with a deadline for a request's head: a connection whose request line and headers are not
 * all in within {@link #setHeaderDeadlineMillis} of its first byte is closed (slowloris). Tomcat's own connection
 * timeout is a timeout per read, which a client sending a header line every few seconds never reaches; Tomcat has no
 * limit on the head as a whole. A watchdog looks every second at the connections waiting for more of their head
 * (those that keep their processor between reads): a body being uploaded, a request being served, an idle keep-alive
 * connection and an upgraded WebSocket are left alone.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

    private static final Logger log = LoggerFactory.getLogger(HeaderDeadlineProtocol.class);
    private static final long CHECK_EVERY_MILLIS = 1000;

    private volatile long headerDeadlineMillis = Duration.ofSeconds(30).toMillis();
    private ScheduledExecutorService watchdog;

    public long getHeaderDeadlineMillis() {
        return headerDeadlineMillis;
    }

    public void setHeaderDeadlineMillis(long millis) {
        this.headerDeadlineMillis = millis;
    }

    @Override
    public void start() throws Exception {
        super.start();
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon()
                .name("http-header-deadline").unstarted(r));
        watchdog.scheduleWithFixedDelay(this::closeLateHeads, CHECK_EVERY_MILLIS, CHECK_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() throws Exception {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
        super.stop();
    }

    /** Closes every connection still reading its request line or headers past the deadline. */
    void closeLateHeads() {
        try {
            long now = System.nanoTime();
            long deadline = TimeUnit.MILLISECONDS.toNanos(headerDeadlineMillis);
            for (SocketWrapperBase<NioChannel> connection : getEndpoint().getConnections()) {
                if (connection.getCurrentProcessor() instanceof Processor processor && !processor.isUpgrade()
                        && !processor.isAsync()) {
                    // A connection keeps its HTTP/1.1 processor between reads only while the head is incomplete
                    // (Tomcat's SocketState.LONG): being served, the processor is taken off the connection; between
                    // keep-alive requests it is released; a non-blocking body read is async. The start is marked
                    // at the request's first byte (nanoTime may be negative: the instant says whether it was marked).
                    Request request = processor.getRequest();
                    if (request.getStartInstant() != null && now - request.getStartTimeNanos() > deadline) {
                        log.info("Closing a connection from {} that took more than {} ms to send its request headers",
                                connection.getRemoteAddr(), headerDeadlineMillis);
                        connection.close();
                    }
                }
            }
        } catch (RuntimeException e) {
            // the watchdog must keep running; a connection closing under it is no reason to stop
            log.debug("Header deadline check failed: {}", e.toString());
        }
    }
}
