package nl.aanwezig.base.upload;

import java.time.Duration;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;

/** An upload cut off before it was complete; nothing was read into the database. */
public class UploadRefusedException extends UserFacingException {

    /** Why: the HTTP API answers 413 for a body too large and 408 for one too slow or too long. */
    public enum Reason { TOO_LARGE, TOO_SLOW, TOO_LONG }

    private final Reason reason;

    private UploadRefusedException(Reason reason, String key, Object... args) {
        super(reason == Reason.TOO_LARGE ? Kind.TOO_LARGE : Kind.TOO_SLOW, key, args);
        this.reason = reason;
    }

    static UploadRefusedException tooLarge(ImportLimits limits) {
        return new UploadRefusedException(Reason.TOO_LARGE, "import.upload.tooLarge",
                ImportLimits.readable(limits.maxUploadSize()));
    }

    static UploadRefusedException tooSlow(ImportLimits limits) {
        return new UploadRefusedException(Reason.TOO_SLOW, "import.upload.tooSlow",
                ImportLimits.readable(limits.minUploadRate()), String.valueOf(limits.uploadRateWindow().toSeconds()));
    }

    static UploadRefusedException tooLong(ImportLimits limits) {
        return new UploadRefusedException(Reason.TOO_LONG, "import.upload.tooLong", readable(limits.maxUploadTime()));
    }

    /** 1 minuut, 30 minuten, 45 seconden. */
    private static String readable(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return duration.toSeconds() + " seconden";
        }
        return minutes == 1 ? "1 minuut" : minutes + " minuten";
    }

    public Reason reason() {
        return reason;
    }

    /** The Dutch text for the user. */
    public String dutch() {
        return Messages.text(messages().getFirst());
    }
}
