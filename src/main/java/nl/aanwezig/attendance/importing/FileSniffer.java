package nl.aanwezig.attendance.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Tells a text file from other binary content before parsing, so a PDF or photo gets "this is no CSV or
 * XLSX" instead of a puzzling "column missing". An XLSX (a zip, {@code PK}) is left to the XLSX reader.
 */
final class FileSniffer {

    private static final int SAMPLE = 8192;

    private FileSniffer() {
    }

    /** The stream to read from, positioned at the start; the sample read for the check is buffered. */
    static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
    }

    /** Whether the start of {@code in} looks like UTF-8 text or a zip; {@code in} is reset afterwards. */
    static boolean looksReadable(BufferedInputStream in) throws IOException {
        in.mark(SAMPLE + 1);
        byte[] sample = in.readNBytes(SAMPLE);
        in.reset();
        if (sample.length >= 2 && sample[0] == 'P' && sample[1] == 'K') {
            return true;
        }
        for (byte b : sample) {
            if (b == 0) {
                return false; // text never holds NUL bytes
            }
        }
        return validUtf8(sample);
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
