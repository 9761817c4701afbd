package nl.aanwezig.base.upload;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The bounds an uploaded file must stay within ({@code aanwezig.import.*}, see docs/import.md "Import limits"). They exist because
 * an upload comes from outside: a slow or endless body, or an XLSX that unpacks to gigabytes, must be refused
 * before it costs a database connection or the heap.
 */
@Component
public class ImportLimits {

    private final DataSize maxUploadSize;
    private final DataSize minUploadRate;
    private final Duration uploadRateWindow;
    private final Duration maxUploadTime;
    private final DataSize maxUncompressedSize;
    private final int maxCompressionRatio;
    private final int maxCellLength;

    /**
     * @param maxUploadSize       the largest body received
     * @param minUploadRate       bytes per second an upload must keep up, measured over each {@code uploadRateWindow}
     * @param uploadRateWindow    how long an upload may lag before it is cut off as too slow
     * @param maxUploadTime       the longest an upload may take in all
     * @param maxUncompressedSize the most an XLSX may unpack to, all its parts together
     * @param maxCompressionRatio how many times its packed size a part of an XLSX may unpack to
     * @param maxCellLength       the longest XLSX cell or CSV line, in characters
     */
    public ImportLimits(@Value("${aanwezig.import.max-upload-size:200MB}") DataSize maxUploadSize,
                        @Value("${aanwezig.import.min-upload-rate:10KB}") DataSize minUploadRate,
                        @Value("${aanwezig.import.upload-rate-window:30s}") Duration uploadRateWindow,
                        @Value("${aanwezig.import.max-upload-time:30m}") Duration maxUploadTime,
                        @Value("${aanwezig.import.xlsx.max-uncompressed-size:1GB}") DataSize maxUncompressedSize,
                        @Value("${aanwezig.import.xlsx.max-compression-ratio:100}") int maxCompressionRatio,
                        @Value("${aanwezig.import.max-cell-length:32767}") int maxCellLength) {
        this.maxUploadSize = maxUploadSize;
        this.minUploadRate = minUploadRate;
        this.uploadRateWindow = uploadRateWindow;
        this.maxUploadTime = maxUploadTime;
        this.maxUncompressedSize = maxUncompressedSize;
        this.maxCompressionRatio = maxCompressionRatio;
        this.maxCellLength = maxCellLength;
    }

    /** The defaults of docs/import.md "Import limits"; for code and tests outside Spring. */
    public static ImportLimits defaults() {
        return new ImportLimits(DataSize.ofMegabytes(200), DataSize.ofKilobytes(10), Duration.ofSeconds(30),
                Duration.ofMinutes(30), DataSize.ofGigabytes(1), 100, 32_767);
    }

    public DataSize maxUploadSize() {
        return maxUploadSize;
    }

    public DataSize minUploadRate() {
        return minUploadRate;
    }

    public Duration uploadRateWindow() {
        return uploadRateWindow;
    }

    public Duration maxUploadTime() {
        return maxUploadTime;
    }

    public DataSize maxUncompressedSize() {
        return maxUncompressedSize;
    }

    public int maxCompressionRatio() {
        return maxCompressionRatio;
    }

    public int maxCellLength() {
        return maxCellLength;
    }

    /** A size as a person writes it: 1 GB, 200 MB, 10 KB, 512 bytes. */
    public static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= DataSize.ofGigabytes(1).toBytes() && bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
            return size.toGigabytes() + " GB";
        }
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
