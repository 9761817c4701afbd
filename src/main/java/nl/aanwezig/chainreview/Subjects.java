package nl.aanwezig.chainreview;

import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Who a review discusses, under one pseudonym per region that stays the same across reviews ("R-0147"); the number
 * is the subject's order of first appearance in the region, which tells nothing about the pupil.
 */
@Repository
class Subjects {

    private final JdbcTemplate jdbc;

    Subjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The subject of each candidate (same order), new ones numbered in that order after the region's existing ones:
     * one query for those known, one insert for the rest.
     */
    List<Long> of(long regionId, List<Candidate> candidates) {
        Map<String, Long> known = new HashMap<>();
        jdbc.query("select id, pupil_id, absolute_absence_id from review_subject where region_id = ?", rs -> {
            known.put(rs.getObject(2) != null ? "p" + rs.getLong(2) : "a" + rs.getLong(3), rs.getLong(1));
        }, regionId);
        List<Candidate> fresh = candidates.stream().filter(c -> !known.containsKey(c.key())).toList();
        if (!fresh.isEmpty()) {
            // serialised per region by the review's own row lock (one preparation per region at a time)
            jdbc.query(con -> {
                PreparedStatement ps = con.prepareStatement("""
                        insert into review_subject (region_id, pupil_id, absolute_absence_id, pseudonym)
                        select ?, u.pupil, u.absence,
                               'R-' || case when b.n + u.n < 10000 then lpad((b.n + u.n)::text, 4, '0')
                                            else (b.n + u.n)::text end
                        from unnest(?::bigint[], ?::bigint[]) with ordinality u (pupil, absence, n)
                        cross join (select count(*) n from review_subject where region_id = ?) b
                        order by u.n returning id, pupil_id, absolute_absence_id""");
                ps.setLong(1, regionId);
                ps.setArray(2, con.createArrayOf("bigint", fresh.stream().map(c -> c.pupilId).toArray()));
                ps.setArray(3, con.createArrayOf("bigint", fresh.stream().map(c -> c.absoluteAbsenceId).toArray()));
                ps.setLong(4, regionId);
                return ps;
            }, rs -> {
                known.put(rs.getObject(2) != null ? "p" + rs.getLong(2) : "a" + rs.getLong(3), rs.getLong(1));
            });
        }
        return candidates.stream().map(c -> known.get(c.key())).toList();
    }
}
