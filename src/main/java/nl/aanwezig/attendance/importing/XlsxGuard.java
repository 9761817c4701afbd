package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.ImportLimits;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks every part of an XLSX once, counting and throwing the bytes away, before the XLSX reader sees it: a
 * 205 KB file that unpacks to one 200 MB cell took the heap from 0.86 to 1.85 GB in fastexcel. Refused are a
 * workbook that unpacks to more than the maximum in all, a part that unpacks to more than the ratio times its
 * packed size, and an XML text or tag longer than the longest cell. The sizes are counted, not taken from the
 * zip's directory, which a crafted file can fill with anything. It reads the zip the way fastexcel does
 * (commons-compress, central directory), so both see the same parts.
 */
final class XlsxGuard {

    /** Small parts compress well (styles, repeated rows): the ratio counts only beyond this many bytes. */
    private static final long RATIO_GRACE = 1 << 20;
    private static final int BUFFER = 1 << 16;

    private final ImportLimits limits;
    private final long fileSize;
    private long total;

    private XlsxGuard(ImportLimits limits, long fileSize) {
        this.limits = limits;
        this.fileSize = fileSize;
    }

    /** Every XLSX (Office Open XML) package has it: a ZIP without it is some other archive. */
    static final String CONTENT_TYPES = "[Content_Types].xml";

    /**
     * The Dutch reason the workbook is refused, or {@code null} when it stays within the limits: also a ZIP that is no
     * XLSX workbook (no {@value #CONTENT_TYPES}, as in a ZIP of CSV files).
     */
    static String refusal(Path file, ImportLimits limits) throws IOException {
        XlsxGuard guard = new XlsxGuard(limits, Files.size(file));
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            if (zip.getEntry(CONTENT_TYPES) == null) {
                return Messages.nl("import.error.notXlsx");
            }
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (!entry.isDirectory()) {
                    String refusal = guard.check(zip, entry);
                    if (refusal != null) {
                        return refusal;
                    }
                }
            }
        }
        return null;
    }

    private String check(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        // a part cannot hold more packed bytes than the file has, whatever its directory says
        long packed = Math.max(1, Math.min(entry.getCompressedSize() < 0 ? fileSize : entry.getCompressedSize(), fileSize));
        long maxRatio = limits.maxCompressionRatio();
        XmlRuns runs = isXml(entry.getName()) ? new XmlRuns(limits.maxCellLength()) : null;
        long unpacked = 0;
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                unpacked += n;
                total += n;
                if (total > limits.maxUncompressedSize().toBytes()) {
                    return Messages.nl("import.error.xlsxTooLarge", ImportLimits.readable(limits.maxUncompressedSize()));
                }
                if (unpacked > RATIO_GRACE && unpacked > maxRatio * packed) {
                    return Messages.nl("import.error.xlsxRatio", String.valueOf(maxRatio));
                }
                if (runs != null && !runs.accept(buffer, n)) {
                    return Messages.nl("import.error.cellTooLong", String.valueOf(limits.maxCellLength()));
                }
            }
        }
        return null;
    }

    private static boolean isXml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xml") || lower.endsWith(".rels");
    }

    /**
     * The longest stretch between {@code <} and {@code >} of an XML part, in characters (UTF-8 continuation bytes
     * not counted): a cell's text, or a tag with its attributes. Entities count as the characters written.
     */
    private static final class XmlRuns {
        private final int max;
        private int run;

        XmlRuns(int max) {
            this.max = max;
        }

        boolean accept(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b == '<' || b == '>') {
                    run = 0;
                } else if ((b & 0xC0) != 0x80 && ++run > max) {
                    return false;
                }
            }
            return true;
        }
    }
}
