package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.aanwezig.base.upload.ImportLimits;

/**
 * Tells a text file from other binary content before parsing, so a PDF or photo gets "this is no CSV or
 * XLSX" instead of a puzzling "column missing". An XLSX (a zip, {@code PK}) goes to {@link XlsxGuard} and
 * then to the XLSX reader.
 */
final class FileSniffer {

    /** What the start of a file looks like. */
    enum Kind { TEXT, ZIP, OTHER }

    private static final int SAMPLE = 8192;

    private FileSniffer() {
    }

    /**
     * Why the file is refused before it is parsed (not text, or an XLSX beyond {@code limits}), or {@code null}; reads
     * the file only, never the database. The import and its preview ask the same.
     */
    static String refusal(Path file, ImportLimits limits) throws IOException {
        return switch (kind(file)) {
            case TEXT -> null;
            case ZIP -> XlsxGuard.refusal(file, limits);
            case OTHER -> nl.aanwezig.base.Messages.nl("import.error.unreadableFile");
        };
    }

    static Kind kind(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        }
        if (sample.length >= 2 && sample[0] == 'P' && sample[1] == 'K') {
            return Kind.ZIP;
        }
        for (byte b : sample) {
            if (b == 0) {
                return Kind.OTHER; // text never holds NUL bytes
            }
        }
        return validUtf8(sample) ? Kind.TEXT : Kind.OTHER;
    }

    /** Decodes without end-of-input, so a character cut off by the sample's end is not an error. */
    private static boolean validUtf8(byte[] sample) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(ByteBuffer.wrap(sample), CharBuffer.allocate(sample.length), false);
        return !result.isError();
    }
}
