package nl.aanwezig.legal.search;

import java.sql.Date;
import java.util.List;
import java.util.Locale;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leerplicht finds a pupil by name or pupil number among the schools they serve (their region's, or those they are
 * the leerplicht partner of); a pupil of any other school is not found. Each search is audited with its words.
 */
@Service
public class LeerplichtSearch {

    /** Fewer characters find too many pupils to be a search. */
    public static final int MIN_LENGTH = 2;
    static final int MAX_HITS = 50;
    static final String SEARCHED = "PUPIL_SEARCH";

    private static final String SERVED = """
            (s.region_id = (select a.region_id from staff_account a where a.username = ?)
             or s.id in (select sp.school_id from school_partner sp where sp.username = ? and sp.role = 'LEERPLICHT'))""";

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final AuditLog audit;

    LeerplichtSearch(JdbcTemplate jdbc, CurrentUsers users, AuditLog audit) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
    }

    /** Pupils whose name contains the words, or whose pupil number is the words, best first; at most 50. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public List<PupilHit> find(String words) {
        CurrentUser user = users.require();
        String q = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        if (q.length() < MIN_LENGTH) {
            throw new UserFacingException("lpsearch.error.query.tooShort", MIN_LENGTH);
        }
        audit.record(user, null, SEARCHED, true, q);
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.query("""
                select p.id, p.first_name || ' ' || p.last_name name, p.leerling, p.birth_date, s.id school_id,
                       s.name school_name, s.brin, c.name class_name,
                       array(select e.id from exemption e where e.pupil_id = p.id order by e.id) exemptions,
                       array(select r.id from duo_report r where r.pupil_id = p.id and r.status not in
                             ('CONCEPT', 'INGETROKKEN') and r.school_id in (select sp.school_id from school_partner sp
                             where sp.username = ? and sp.role = 'LEERPLICHT') order by r.id) reports,
                       exists (select 1 from pupil_case pc join case_participant cp on cp.case_id = pc.id
                               where pc.pupil_id = p.id and pc.status = 'OPEN' and cp.username = ?
                                 and cp.removed_at is null) shared
                from pupil p join school s on s.id = p.school_id left join school_class c on c.id = p.class_id
                where\s""" + SERVED + """
                  and (lower(p.first_name || ' ' || p.last_name) like ? escape '\\'
                       or lower(p.last_name || ', ' || p.first_name) like ? escape '\\'
                       or lower(p.leerling) = ?)
                order by lower(p.leerling) = ? desc, p.last_name, p.first_name, p.id
                limit\s""" + MAX_HITS, (rs, i) -> {
            Date birth = rs.getDate("birth_date");
            return new PupilHit(rs.getLong("id"), rs.getString("name"), rs.getString("leerling"),
                    birth == null ? null : birth.toLocalDate(), rs.getLong("school_id"), rs.getString("school_name"),
                    rs.getString("brin"), rs.getString("class_name"), ids(rs.getArray("exemptions")),
                    ids(rs.getArray("reports")), rs.getBoolean("shared"));
        }, user.username(), user.username(), user.username(), user.username(), like, like, q, q);
    }

    private static List<Long> ids(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((Long[]) array.getArray());
    }
}
