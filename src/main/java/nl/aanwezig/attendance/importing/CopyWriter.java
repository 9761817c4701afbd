package nl.aanwezig.attendance.importing;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Streams rows into a staging table with PostgreSQL {@code COPY}: the fastest way in, without one statement
 * per row. While a COPY runs the connection can do nothing else, so {@link #pause()} ends it for a query
 * in between (a new school's pupils); the next row starts a new COPY.
 */
final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyManager copy;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);
    private CopyIn current;
    private long rows;

    /** {@code connection} must be the transaction's own, so the rows are part of it. */
    CopyWriter(Connection connection, String table, String columns) {
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("no PostgreSQL connection for COPY", e);
        }
        this.sql = "copy " + table + " (" + columns + ") from stdin";
    }

    /** Appends one row; {@code null} is SQL null. */
    void row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                buffer.append('\t');
            }
            append(fields[i]);
        }
        buffer.append('\n');
        rows++;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    private void append(Object value) {
        if (value == null) {
            buffer.append("\\N");
        } else if (value instanceof String s) {
            escape(s);
        } else {
            buffer.append(value); // numbers, ISO dates and times, true/false: nothing to escape
        }
    }

    /** COPY's text format gives meaning to backslash, tab and line breaks; names may contain any of them. */
    private void escape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    long rows() {
        return rows;
    }

    /** Sends what is buffered and ends the running COPY, so the connection can run other statements. */
    void pause() {
        flush();
        if (current != null) {
            try {
                current.endCopy();
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("COPY into staging failed", e);
            } finally {
                current = null;
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            if (current == null) {
                current = copy.copyIn(sql);
            }
            current.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("COPY into staging failed", e);
        }
    }

    /** Cancels a COPY left running by a failure, so the connection can roll back cleanly. */
    @Override
    public void close() {
        if (current != null && current.isActive()) {
            try {
                current.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction rolls back anyway
            }
        }
        current = null;
    }
}
