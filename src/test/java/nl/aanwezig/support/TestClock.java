package nl.aanwezig.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import nl.aanwezig.base.TimeConfig;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock tests can stop at a moment; otherwise, and after {@link #reset()}, it runs with real time. */
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(LocalDateTime local) {
        fixed = local.atZone(TimeConfig.SCHOOL_ZONE).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.SCHOOL_ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    @TestConfiguration
    public static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
