package nl.aanwezig.legal.exemption;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every decision on an exemption, first and corrected, in the order they were made; none is overwritten. */
@Repository
class DecisionHistory {

    private final JdbcTemplate jdbc;

    DecisionHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long exemptionId, Decision d, String by, Instant at, boolean correction) {
        jdbc.update("""
                insert into exemption_decision (exemption_id, outcome, period_kind, valid_from, valid_to, reason,
                                                decided_by, decided_at, correction) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                exemptionId, (d.isGranted() ? Outcome.GRANTED : Outcome.REFUSED).name(),
                d.isGranted() ? d.periodKind().name() : null, d.isGranted() ? date(d.validFrom()) : null,
                d.isGranted() ? date(d.validTo()) : null, d.reason().strip(), by, Timestamp.from(at), correction);
    }

    List<DecisionEntry> of(long exemptionId) {
        return jdbc.query("""
                select d.outcome, d.period_kind, d.valid_from, d.valid_to, d.reason, d.decided_by,
                       coalesce(a.display_name, d.decided_by) name, d.decided_at, d.correction
                from exemption_decision d left join staff_account a on a.username = d.decided_by
                where d.exemption_id = ? order by d.decided_at, d.id""", (rs, i) -> {
            String kind = rs.getString(2);
            return new DecisionEntry(Outcome.valueOf(rs.getString(1)), kind == null ? null : PeriodKind.valueOf(kind),
                    local(rs.getDate(3)), local(rs.getDate(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getTimestamp(8).toInstant(), rs.getBoolean(9));
        }, exemptionId);
    }

    int corrections(long exemptionId) {
        return jdbc.queryForObject("select count(*) from exemption_decision where exemption_id = ? and correction",
                Integer.class, exemptionId);
    }

    /** Who made the decision that counts now (the last one), if any. */
    java.util.Optional<String> lastDecidedBy(long exemptionId) {
        return jdbc.query("""
                select decided_by from exemption_decision where exemption_id = ? order by decided_at desc, id desc
                limit 1""", (rs, i) -> rs.getString(1), exemptionId).stream().findFirst();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
