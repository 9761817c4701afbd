package nl.aanwezig.attendance.importing;

import java.time.Clock;
import java.time.Duration;
import nl.aanwezig.base.upload.UploadReceiver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** At start: the upload files a crashed run left behind (a killed app deletes nothing) are removed. */
@Component
class UploadLeftovers {

    private static final Logger log = LoggerFactory.getLogger(UploadLeftovers.class);
    /** Longer than any upload (at most aanwezig.import.max-upload-time) and the import that reads it. */
    static final Duration AGE = Duration.ofDays(1);

    private final UploadReceiver uploads;
    private final Clock clock;

    UploadLeftovers(UploadReceiver uploads, Clock clock) {
        this.uploads = uploads;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void clean() {
        int deleted = uploads.deleteLeftovers(clock.instant().minus(AGE));
        if (deleted > 0) {
            log.info("Deleted {} upload files left by an earlier run", deleted);
        }
    }
}
