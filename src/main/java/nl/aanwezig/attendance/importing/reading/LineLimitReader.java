package nl.aanwezig.attendance.importing.reading;

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
    private boolean overLimit;

    LineLimitReader(Reader in, int maxChars) {
        super(in);
        this.maxChars = maxChars;
    }

    @Override
    public int read() throws IOException {
        throwIfOverLimit();
        int c = super.read();
        if (c != -1 && !count((char) c)) {
            throwIfOverLimit();
        }
        return c;
    }

    /**
     * Hands out the characters before the one over the limit and fails on the next read, so that the rows before
     * the long line, which the buffers above read ahead with it, still reach the parser.
     */
    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        throwIfOverLimit();
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            if (!count(buffer[offset + i])) {
                if (i == 0) {
                    throwIfOverLimit();
                }
                return i;
            }
        }
        return n;
    }

    /** Counts one character; false when it makes its line too long. */
    private boolean count(char c) {
        if (c == '\n') {
            line++;
            charsInLine = 0;
            return true;
        }
        if (++charsInLine > maxChars) {
            overLimit = true;
            return false;
        }
        return true;
    }

    private void throwIfOverLimit() throws LineTooLongException {
        if (overLimit) {
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
