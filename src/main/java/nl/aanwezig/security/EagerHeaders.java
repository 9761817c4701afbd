package nl.aanwezig.security;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Vaadin's pages are written by its servlet behind a forward from Spring MVC, and the lazy header writer (on commit)
 * never ran for them: both chains write the security headers before the request goes on.
 */
public final class EagerHeaders {

    private EagerHeaders() {
    }

    public static ObjectPostProcessor<HeaderWriterFilter> writer() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }
}
