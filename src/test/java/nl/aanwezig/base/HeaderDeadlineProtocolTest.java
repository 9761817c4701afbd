package nl.aanwezig.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import nl.aanwezig.support.HeaderTrickler;
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
        HeaderTrickler.Trickled cut = HeaderTrickler.trickle(port, "/", Duration.ofMillis(200), Duration.ofSeconds(30));
        // closed before the trickler's 30 s bound, and not before the 2 s deadline (no upper bound of our own: a busy
        // machine may close it late, which is still a close)
        assertThat(cut.closed()).isTrue();
        assertThat(cut.took()).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        assertThat(cut.lines()).isGreaterThan(5);
    }
}
