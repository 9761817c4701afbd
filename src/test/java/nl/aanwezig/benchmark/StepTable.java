package nl.aanwezig.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table the import benchmarks report (step, rows, seconds, rows/s, target, met?) with notes below it: each row
 * logged as it is measured, the whole as markdown at the end.
 */
final class StepTable {

    private static final Logger log = LoggerFactory.getLogger(StepTable.class);

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** One measured step; {@code seconds} 0 for a row whose time is in its text. */
    void row(String step, long count, double seconds, String target, String met) {
        String perSecond = seconds > 0 ? String.format(Locale.ROOT, "%,.0f", count / seconds) : "";
        String[] r = {step, String.format(Locale.ROOT, "%,d", count), seconds > 0 ? fmt(seconds) : "", perSecond, target,
            met};
        rows.add(r);
        log.warn("BENCHMARK | {} |", String.join(" | ", r));
    }

    void note(String note) {
        notes.add(note);
    }

    /** The heading, the set-up line followed by the machine (cores, Java, PostgreSQL), the table and the notes. */
    String markdown(String heading, String setup, JdbcTemplate jdbc) {
        StringBuilder md = new StringBuilder("# ").append(heading).append("\n\n").append(setup).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", PostgreSQL ")
                .append(jdbc.queryForObject("show server_version", String.class)).append(" (")
                .append(settings(jdbc)).append(")\n\n")
                .append("| step | rows | seconds | rows/s | target | met? |\n|---|---:|---:|---:|---|---|\n");
        rows.forEach(r -> md.append("| ").append(String.join(" | ", r)).append(" |\n"));
        md.append('\n');
        notes.forEach(n -> md.append("- ").append(n).append('\n'));
        return md.toString();
    }

    /** The server settings that move write-heavy timings: the run's table states them. */
    static String settings(JdbcTemplate jdbc) {
        return String.join(", ", jdbc.queryForList("""
                select name || '=' || setting || coalesce(unit, '') from pg_settings
                where name in ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level', 'shared_buffers',
                               'work_mem', 'max_wal_size', 'checkpoint_timeout')
                order by name""", String.class));
    }

    static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds; below one second with a tenth of a millisecond, so pyramids show. */
    static String fmt(double seconds) {
        return String.format(Locale.ROOT, seconds < 1 ? "%.4f" : "%.3f", seconds);
    }

    static String met(boolean met) {
        return met ? "yes" : "NO";
    }
}
