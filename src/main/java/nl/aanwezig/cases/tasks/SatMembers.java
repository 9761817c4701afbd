package nl.aanwezig.cases.tasks;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who sits in a school's attendance team (SAT) besides its OCs; kept by the admin (table sat_member). */
@Component
class SatMembers {

    private final JdbcTemplate jdbc;

    SatMembers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean existsBySchoolAndUsername(long schoolId, String username) {
        Integer n = jdbc.queryForObject("select count(*) from sat_member where school_id = ? and username = ?",
                Integer.class, schoolId, username);
        return n != null && n > 0;
    }
}
