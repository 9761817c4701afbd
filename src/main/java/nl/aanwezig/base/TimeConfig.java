package nl.aanwezig.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, so tests can move time and every "today" agrees. */
@Configuration
public class TimeConfig {

    /** Schools work in Dutch local time, whatever zone the server runs in. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    Clock clock() {
        return Clock.system(SCHOOL_ZONE);
    }
}
