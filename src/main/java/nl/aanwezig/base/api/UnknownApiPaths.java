package nl.aanwezig.base.api;

import java.util.Map;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An API path no controller serves answers 404 as a problem detail. Without this, Vaadin's catch-all mapping took
 * it and answered 200 with the app's HTML page, which a script reads as success. Ordered right after the
 * controllers' mapping (order 0), so a wrong method on a known path still gets its 405 from there, and before
 * Vaadin's root mapping.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler unknown = (request, response) -> ApiProblems.write(response, request, HttpStatus.NOT_FOUND,
                Messages.nl("api.problem.unknownPath", Echo.of(request.getRequestURI(), 80)));
        return new SimpleUrlHandlerMapping(Map.of("/api/**", unknown), 1);
    }
}
