package nl.aanwezig.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.UploadReceiver;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Receives a staff CSV as the import receives its files (a temporary file, a minimum rate, a total time), but at
 * most {@link AccountImport#MAX_BYTES}: a list of staff is small, and a larger body is cut off with a 413.
 */
@Component
public class AccountUploads {

    private final UploadReceiver receiver = new UploadReceiver(new ImportLimits(DataSize.ofBytes(AccountImport.MAX_BYTES),
            DataSize.ofKilobytes(1), Duration.ofSeconds(30), Duration.ofMinutes(5), DataSize.ofBytes(AccountImport.MAX_BYTES),
            100, 32_767));

    /** @see UploadReceiver#receive(InputStream, long) */
    public Path receive(InputStream body, long declaredLength) throws IOException {
        return receiver.receive(body, declaredLength);
    }

    public DataSize maxUploadSize() {
        return receiver.maxUploadSize();
    }
}
