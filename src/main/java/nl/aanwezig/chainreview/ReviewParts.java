package nl.aanwezig.chainreview;

import java.util.List;
import java.util.Map;
import nl.aanwezig.base.DisplayNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The parts of a review beside its list: attendees, rode draad, actions and later additions. */
@Repository
class ReviewParts {

    private final JdbcTemplate jdbc;
    private final DisplayNames names;

    ReviewParts(JdbcTemplate jdbc, DisplayNames names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    List<ReviewView.Attendee> attendees(long reviewId) {
        return jdbc.query("select id, name, organisation from chain_review_attendee where review_id = ? order by id",
                (rs, i) -> new ReviewView.Attendee(rs.getLong(1), rs.getString(2), rs.getString(3)), reviewId);
    }

    List<ReviewView.Theme> themes(long reviewId) {
        return jdbc.query("""
                select id, theme, recommendation, recorded_by, recorded_at from chain_review_theme where review_id = ?
                order by id""", (rs, i) -> new ReviewView.Theme(rs.getLong(1), rs.getString(2), rs.getString(3),
                names.of(rs.getString(4)), rs.getTimestamp(5).toInstant()), reviewId);
    }

    /** The review's actions; the subject as the user may see it (item id to label). */
    List<ReviewView.Action> actions(long reviewId, Map<Long, String> labels) {
        return jdbc.query("""
                select a.id, a.item_id, a.theme_id, a.kind, a.description, a.owner, s.name, a.due_on, a.outcome, a.done_on
                from chain_review_action a left join school s on s.id = a.school_id where a.review_id = ?
                order by a.id""", (rs, i) -> {
            Long item = (Long) rs.getObject(2);
            return new ReviewView.Action(rs.getLong(1), item, (Long) rs.getObject(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), names.of(rs.getString(6)), rs.getString(7), rs.getDate(8).toLocalDate(),
                    rs.getString(9), ChainReviews.date(rs, "done_on"), item == null ? null : labels.get(item));
        }, reviewId);
    }

    List<ReviewView.Addition> additions(long reviewId) {
        return jdbc.query("""
                select id, text, added_by, added_at from chain_review_addition where review_id = ? order by id""",
                (rs, i) -> new ReviewView.Addition(rs.getLong(1), rs.getString(2), names.of(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()), reviewId);
    }
}
