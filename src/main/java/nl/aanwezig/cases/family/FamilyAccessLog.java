package nl.aanwezig.cases.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who opened the child's dossier, from the audit rows that already exist: the role, the organisation, when and what,
 * in plain words. Staff are named only where the school chose so ({@code school.family_sees_staff_names}); the
 * family's own visits and the engine's steps are left out.
 */
@Service
public class FamilyAccessLog {

    static final int MAX_ROWS = 200;

    /**
     * The openings of the dossier by one person for one purpose on one day (a screen reads a dossier several times):
     * the last time, and how many times. {@code name} is null unless the school names its staff to the family.
     */
    public record Entry(Instant at, String role, String organisation, String name, String what, int times) {
    }

    private final FamilyAccess access;
    private final JdbcTemplate jdbc;

    FamilyAccessLog(FamilyAccess access, JdbcTemplate jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional(readOnly = true)
    public List<Entry> of(long pupilId) {
        FamilyMember m = access.require(pupilId, FamilyPart.ACCESS_LOG, "FAMILY_ACCESS_LOG");
        boolean names = Boolean.TRUE.equals(jdbc.queryForObject(
                "select family_sees_staff_names from school where id = ?", Boolean.class, m.schoolId()));
        record Row(String username, Entry entry) {
        }
        List<Row> rows = jdbc.query("""
                select max(e.at_utc), e.role, e.action, e.display_name, e.organisation, count(*), e.username from (
                    select l.at_utc, l.username, l.role, l.action, a.display_name,
                           coalesce(s.name, (select cp.organisation from case_participant cp join pupil_case c
                                               on c.id = cp.case_id where c.pupil_id = l.pupil_id
                                               and cp.username = l.username and cp.organisation is not null
                                             order by cp.added_at desc limit 1), g.name) as organisation
                    from audit_log l left join staff_account a on a.username = l.username
                    left join school s on s.id = a.school_id left join region g on g.id = a.region_id
                    where l.pupil_id = ? and l.allowed and l.role is not null and l.role not in ('OUDER', 'LEERLING')
                ) e
                group by (e.at_utc at time zone 'Europe/Amsterdam')::date, e.username, e.role, e.action, e.display_name,
                         e.organisation
                order by max(e.at_utc) desc limit ?""", (rs, i) -> new Row(rs.getString(7),
                new Entry(rs.getTimestamp(1).toInstant(), Messages.nl("family.audit.role." + rs.getString(2)),
                        rs.getString(5), names ? rs.getString(4) : null, what(rs.getString(3)), rs.getInt(6))),
                pupilId, MAX_ROWS);
        // actions without words of their own read the same ("Dossier bekeken"): one line per person, words and day
        Map<List<Object>, Entry> merged = new LinkedHashMap<>();
        for (Row r : rows) {
            Entry e = r.entry();
            merged.merge(List.of(r.username(), e.what(), LocalDate.ofInstant(e.at(), TimeConfig.SCHOOL_ZONE)), e,
                    (a, b) -> new Entry(a.at().isAfter(b.at()) ? a.at() : b.at(), a.role(), a.organisation(), a.name(),
                            a.what(), a.times() + b.times()));
        }
        return List.copyOf(merged.values());
    }

    /** The action in plain words; an action without its own words is "Dossier bekeken". */
    static String what(String action) {
        String text = Messages.nl("family.audit.action." + action);
        return text.startsWith("!") ? Messages.nl("family.audit.action.other") : text;
    }
}
