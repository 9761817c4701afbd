package nl.aanwezig.attendance.domain;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops reading a text file at the first line longer than the limit. Without it the CSV parser builds a line
 * of any length in memory (a 50 MB field was read whole) before a row check can refuse it. It counts below
 * every buffer, so the line number and the count are exact.
 */
final class LineLimitReader extends FilterReader {

    private final int maxChars;
    private int line = 1;
    private int charsInLine;

    LineLimitReader(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c != -1) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n') {
            line++;
            charsInLine = 0;
        } else if (++charsInLine > maxChars) {
            throw new LineTooLongException(line, maxChars);
        }
    }

    /** The line that was too long; the message is the Dutch reason for the user. */
    static final class LineTooLongException extends IOException {
        private final int line;

        LineTooLongException(int line, int maxChars) {
            super("regel " + line + " is langer dan " + maxChars + " tekens; het bestand is vanaf daar niet gelezen");
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
