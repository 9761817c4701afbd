package nl.aanwezig;

import nl.aanwezig.base.StartFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class AanwezigApplication {

    /** The exit status of a start that failed: a supervisor sees it and can restart or alert. */
    public static final int START_FAILED = 1;

    public static void main(String[] args) {
        try {
            SpringApplication.run(AanwezigApplication.class, args);
        } catch (Throwable e) {
            // Spring has closed what it started; threads outside its control (a timer, a pool) would keep a JVM alive
            // that serves nothing, so the start ends here, with a line that says why
            Logger log = LoggerFactory.getLogger(AanwezigApplication.class);
            log.error("Aanwezig kon niet starten / Aanwezig could not start: {}", StartFailure.reason(e));
            System.exit(START_FAILED);
        }
    }
}
