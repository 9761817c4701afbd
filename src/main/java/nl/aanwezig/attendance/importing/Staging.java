package nl.aanwezig.attendance.importing;

import java.sql.Connection;
import java.util.List;
import java.util.function.IntSupplier;
import javax.sql.DataSource;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The TEMP tables of one import, inside its transaction: the rows as read ({@code table}) and the lines
 * the SQL checks reject ({@code import_error}). TEMP tables are private to the connection, skip the
 * write-ahead log and are dropped at commit or rollback, so concurrent imports never meet.
 */
final class Staging {

    /**
     * Why the SQL checks rejected a line; {@code other_line} is the conflicting line for DUPLICATE. The kinds with a
     * message key of their own take their arguments from {@code detail} (a text array, each echoed).
     */
    enum Kind {
        DUPLICATE(null), STORED(null),
        /** A pupil of another sector than their school (PO in VO): detail {pupil's sector, school's sector}. */
        SECTOR("import.error.pupilSector"),
        /** A pupil's class the school does not have: detail {klas}. */
        CLASS("import.error.pupilClass"),
        /** A pupil's mentor that is no active mentor account of the pupil's school: detail {mentor}. */
        MENTOR("import.error.pupilMentor");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Staging.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final String table;

    private Staging(JdbcTemplate jdbc, DataSource dataSource, String table) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.table = table;
    }

    /** Creates the tables; must run inside the import's transaction. */
    static Staging create(JdbcTemplate jdbc, DataSource dataSource, String table, String columnsDdl) {
        jdbc.execute("create temp table " + table + " (line integer not null, " + columnsDdl + ") on commit drop");
        jdbc.execute("create temp table import_error (line integer primary key, kind varchar(12) not null, "
                + "other_line integer, detail text[]) on commit drop");
        return new Staging(jdbc, dataSource, table);
    }

    /** A COPY writer on the transaction's connection. */
    CopyWriter writer(String columns) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        return new CopyWriter(connection, table, "line, " + columns);
    }

    /** Statistics for the planner: without them it guesses the size of a table filled by COPY. */
    void analyze() {
        timed("analyze", () -> {
            jdbc.execute("analyze " + table);
            return 0;
        });
    }

    /** Runs an {@code insert into import_error ... select} check; a line rejected twice keeps its first reason. */
    int reject(String insertSelect, Object... args) {
        return timed("check", () -> jdbc.update(insertSelect + " on conflict (line) do nothing", args));
    }

    /** Runs one step and logs its duration at debug level: where an import spends its time. */
    int timed(String step, IntSupplier work) {
        long start = System.nanoTime();
        int rows = work.getAsInt();
        log.debug("{} on {}: {} rows in {} ms", step, table, rows, (System.nanoTime() - start) / 1_000_000);
        return rows;
    }

    /**
     * Runs {@code insert} (the staged rows into {@code registration}, without {@code on conflict}) inside a
     * savepoint: the number of rows inserted, or {@code null} when a key was there already (in the file twice or
     * stored), after rolling the insert back to the savepoint so the transaction goes on as before it.
     */
    Integer insertIfAllNew(String insert) {
        int rows = timed("insert", () -> {
            Integer inserted = insertIfAllNew(jdbc, insert);
            return inserted == null ? -1 : inserted;
        });
        return rows >= 0 ? rows : null;
    }

    /** As {@link #insertIfAllNew(String)}, for a writer without staging (the derivation). */
    static Integer insertIfAllNew(JdbcTemplate jdbc, String insert) {
        jdbc.execute("savepoint all_new");
        try {
            int rows = jdbc.update(insert);
            jdbc.execute("release savepoint all_new");
            return rows;
        } catch (DuplicateKeyException e) {
            jdbc.execute("rollback to savepoint all_new");
            log.debug("a key is there already: {}", e.getMessage());
            return null;
        }
    }

    /**
     * Serialises imports into the same schools from here to commit ({@code pg_advisory_xact_lock}, taken in school
     * id order so two imports cannot deadlock): the insert and the checks that follow see every registration
     * committed before, and no other import can add one of the same key until this one ends (another import of
     * the same file waits, then finds every row stored and changes nothing).
     */
    void lockSchools(java.util.Collection<Long> schoolIds) {
        lockSchools(jdbc, schoolIds);
    }

    /** As {@link #lockSchools(java.util.Collection)}, for writers without staging (a school's code list or timetable). */
    static void lockSchools(JdbcTemplate jdbc, java.util.Collection<Long> schoolIds) {
        schoolIds.stream().sorted().forEach(id -> jdbc.query("select pg_advisory_xact_lock(?, ?)",
                rs -> { }, LOCK_CLASS, id.intValue()));
    }

    /** The first key of the advisory locks on schools for registration imports. */
    private static final int LOCK_CLASS = 0x5245_4749; // "REGI"

    int rejectedCount() {
        Integer count = jdbc.queryForObject("select count(*) from import_error", Integer.class);
        return count == null ? 0 : count;
    }

    /** The first {@code limit} rejected lines with their reasons, by line. */
    List<RowError> rejected(int limit, String duplicateKey, String storedKey) {
        return jdbc.query("select line, kind, other_line, detail from import_error order by line limit ?", (rs, i) -> {
            int line = rs.getInt(1);
            Kind kind = Kind.valueOf(rs.getString(2));
            String reason = switch (kind) {
                case DUPLICATE -> Messages.nl(duplicateKey, String.valueOf(rs.getInt(3)));
                case STORED -> Messages.nl(storedKey);
                default -> Messages.nl(kind.messageKey, echoed(rs.getArray(4)));
            };
            return new RowError(line, reason);
        }, limit);
    }

    private static Object[] echoed(java.sql.Array detail) throws java.sql.SQLException {
        if (detail == null) {
            return new Object[0];
        }
        Object[] values = (Object[]) detail.getArray();
        Object[] echoed = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            echoed[i] = Echo.of((String) values[i]);
        }
        return echoed;
    }

    /** {@code and not <rejected>} for the final insert; omitted when nothing was rejected, the common case. */
    String validRowsFilter(String alias, boolean anyRejected) {
        return anyRejected ? " and not exists (select 1 from import_error e where e.line = " + alias + ".line)" : "";
    }
}
