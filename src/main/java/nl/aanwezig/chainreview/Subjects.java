package nl.aanwezig.chainreview;

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

    long ofPupil(long regionId, long pupilId) {
        return subject(regionId, "pupil_id", pupilId);
    }

    long ofAbsoluteAbsence(long regionId, long absenceId) {
        return subject(regionId, "absolute_absence_id", absenceId);
    }

    private long subject(long regionId, String column, long id) {
        Long existing = jdbc.query("select id from review_subject where region_id = ? and " + column + " = ?",
                (rs, i) -> rs.getLong(1), regionId, id).stream().findFirst().orElse(null);
        if (existing != null) {
            return existing;
        }
        // serialised per region by the review's own row lock (one preparation per region at a time)
        Integer n = jdbc.queryForObject("select count(*) + 1 from review_subject where region_id = ?", Integer.class,
                regionId);
        return jdbc.queryForObject("insert into review_subject (region_id, " + column + ", pseudonym) values (?, ?, ?)"
                + " returning id", Long.class, regionId, id, "R-%04d".formatted(n));
    }
}
