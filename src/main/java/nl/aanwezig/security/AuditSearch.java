package nl.aanwezig.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin's view of the audit trail: rows filtered by pupil, user and period, a page at a time, and the
 * whole trail of one pupil for an inzageverzoek. Looking is itself audited: each search ({@link #search}, also the
 * screen's first one when it opens), each export with the pupil, so the pupil's own trail shows who exported it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AuditSearch {

    public static final String VIEWED = "AUDIT_VIEWED";
    public static final String EXPORTED = "AUDIT_EXPORTED";

    private static final String FROM = """
            from audit_log a left join pupil p on p.id = a.pupil_id left join school s on s.id = p.school_id
            where 1 = 1""";
    private static final String COLUMNS = "select a.id, a.at_utc, a.username, a.role, s.brin, p.leerling, a.action, "
            + "a.allowed, a.detail, a.client_ip ";
    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(),
            rs.getString(3), rs.getString(4) == null ? null : Role.valueOf(rs.getString(4)),
            rs.getString(5) == null ? null : rs.getString(5) + "/" + rs.getString(6), rs.getString(7),
            rs.getBoolean(8), rs.getString(9), rs.getString(10));

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final CurrentUsers users;

    AuditSearch(JdbcTemplate jdbc, AuditLog audit, CurrentUsers users) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
    }

    /**
     * What to look for; every part optional. A pupil is named by both the school's BRIN and the leerlingnummer.
     *
     * @param from first day (Dutch time), inclusive
     * @param to   last day (Dutch time), inclusive
     */
    public record Filter(String brin, String leerling, String username, LocalDate from, LocalDate to) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** One audit row; {@code pupil} is "BRIN/leerlingnummer" or null. */
    public record Row(long id, Instant at, String username, Role role, String pupil, String action, boolean allowed,
                      String detail, String clientIp) {
    }

    /**
     * Starts a search: checks the filter, writes the audit row of the search (with the pupil, when one is asked
     * for) and counts the rows; the screen then pages with {@link #page} and {@link #count}.
     */
    @Transactional(readOnly = true)
    public int search(Filter filter) {
        Where where = where(filter);
        audit.record(users.require(), where.pupilId, VIEWED, true, describe(filter));
        return count(filter);
    }

    @Transactional(readOnly = true)
    public int count(Filter filter) {
        Where where = where(filter);
        Integer n = jdbc.queryForObject("select count(*) " + FROM + where.sql, Integer.class, where.args.toArray());
        return n == null ? 0 : n;
    }

    /** A page of rows of a {@link #search}, newest first. */
    @Transactional(readOnly = true)
    public List<Row> page(Filter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> args = new ArrayList<>(where.args);
        args.add(limit);
        args.add(offset);
        return jdbc.query(COLUMNS + FROM + where.sql + " order by a.id desc limit ? offset ?", ROW, args.toArray());
    }

    /** Everything the trail holds about one pupil, oldest first: reads, changes and refusals. Audited. */
    @Transactional(readOnly = true)
    public List<Row> pupilTrail(String brin, String leerling) {
        long pupilId = pupil(brin, leerling);
        audit.record(users.require(), pupilId, EXPORTED, true, "inzage " + brin.trim() + "/" + leerling.trim());
        return jdbc.query(COLUMNS + FROM + " and a.pupil_id = ? order by a.id", ROW, pupilId);
    }

    private Where where(Filter f) {
        Where w = new Where();
        boolean hasBrin = !blank(f.brin());
        if (hasBrin != !blank(f.leerling())) {
            throw new UserFacingException(UserFacingException.Kind.BAD_REQUEST, "audit.error.pupilIncomplete");
        }
        if (f.from() != null && f.to() != null && f.to().isBefore(f.from())) {
            throw new UserFacingException(UserFacingException.Kind.BAD_REQUEST, "audit.error.period");
        }
        if (hasBrin) {
            w.pupilId = pupil(f.brin(), f.leerling());
            w.add(" and a.pupil_id = ?", w.pupilId);
        }
        if (!blank(f.username())) {
            w.add(" and a.username = ?", f.username().trim().toLowerCase());
        }
        if (f.from() != null) {
            w.add(" and a.at_utc >= ?", Timestamp.from(f.from().atStartOfDay(TimeConfig.SCHOOL_ZONE).toInstant()));
        }
        if (f.to() != null) {
            w.add(" and a.at_utc < ?", Timestamp.from(f.to().plusDays(1).atStartOfDay(TimeConfig.SCHOOL_ZONE).toInstant()));
        }
        return w;
    }

    private long pupil(String brin, String leerling) {
        if (blank(brin) || blank(leerling)) {
            throw new UserFacingException(UserFacingException.Kind.BAD_REQUEST, "audit.error.pupilIncomplete");
        }
        List<Long> ids = jdbc.queryForList("select p.id from pupil p join school s on s.id = p.school_id "
                + "where upper(s.brin) = upper(?) and p.leerling = ?", Long.class, brin.trim(), leerling.trim());
        if (ids.isEmpty()) {
            throw new UserFacingException(UserFacingException.Kind.NOT_FOUND, "audit.error.unknownPupil", brin.trim(), leerling.trim());
        }
        return ids.get(0);
    }

    private static String describe(Filter f) {
        return "zoeken: leerling=" + (blank(f.brin()) ? "-" : f.brin().trim() + "/" + f.leerling().trim())
                + " gebruiker=" + (blank(f.username()) ? "-" : f.username().trim())
                + " periode=" + (f.from() == null ? "" : f.from()) + ".." + (f.to() == null ? "" : f.to());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static final class Where {
        String sql = "";
        final List<Object> args = new ArrayList<>();
        Long pupilId;

        void add(String condition, Object arg) {
            sql += condition;
            args.add(arg);
        }
    }
}
