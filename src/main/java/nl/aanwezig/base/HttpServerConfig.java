package nl.aanwezig.base;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Tomcat against slow clients: a request's line and headers must be in within
 * {@code aanwezig.http.header-deadline} of its first byte ({@link HeaderDeadlineProtocol}), beside Tomcat's timeout per
 * read ({@code server.tomcat.connection-timeout}).
 */
@Configuration(proxyBeanMethods = false)
class HttpServerConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> headerDeadline(
            @Value("${aanwezig.http.header-deadline:30s}") Duration deadline) {
        return factory -> {
            factory.setProtocol(HeaderDeadlineProtocol.class.getName());
            factory.addProtocolHandlerCustomizers(handler -> {
                if (handler instanceof HeaderDeadlineProtocol protocol) {
                    protocol.setHeaderDeadlineMillis(deadline.toMillis());
                }
            });
        };
    }
}
