package nl.aanwezig.chainreview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair holds the review: who attends, the purpose and legal ground of discussing pupils (privacy convenant),
 * the two questions per pupil, and closing it, which freezes it; after that only additions, each with who and when.
 */
@Service
public class ChainReviewMeeting {

    static final int MAX_TEXT = 2000;

    private final JdbcTemplate jdbc;
    private final ReviewAccess access;
    private final CurrentUsers users;
    private final ReviewTasks tasks;
    private final AuditLog audit;
    private final Clock clock;

    ChainReviewMeeting(JdbcTemplate jdbc, ReviewAccess access, CurrentUsers users, ReviewTasks tasks, AuditLog audit,
                       Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.users = users;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    public record Attendee(String name, String organisation) {
    }

    /** The meeting's own facts; {@code shared} says what is shared about pupils and with whom. */
    public record MeetingForm(LocalDate meetingOn, String purpose, String legalGround, String shared,
                              List<Attendee> attendees) {
    }

    @Transactional
    public void saveMeeting(long reviewId, MeetingForm form) {
        CurrentUser user = chair(reviewId, "save the meeting");
        List<Message> problems = new ArrayList<>();
        if (form.meetingOn() == null) {
            problems.add(new Message("chainreview.error.meetingOn"));
        }
        if (blank(form.purpose()) || blank(form.legalGround())) {
            problems.add(new Message("chainreview.error.ground"));
        }
        if (tooLong(form.purpose()) || tooLong(form.legalGround()) || tooLong(form.shared())) {
            problems.add(new Message("chainreview.error.tooLong", MAX_TEXT));
        }
        List<Attendee> attendees = form.attendees() == null ? List.of() : form.attendees();
        if (attendees.stream().anyMatch(a -> blank(a.name()) || blank(a.organisation()))) {
            problems.add(new Message("chainreview.error.attendee"));
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
        jdbc.update("update chain_review set meeting_on = ?, purpose = ?, legal_ground = ?, shared = ? where id = ?",
                Date.valueOf(form.meetingOn()), form.purpose().strip(), form.legalGround().strip(),
                blank(form.shared()) ? null : form.shared().strip(), reviewId);
        jdbc.update("delete from chain_review_attendee where review_id = ?", reviewId);
        for (Attendee a : attendees) {
            jdbc.update("insert into chain_review_attendee (review_id, name, organisation) values (?, ?, ?)", reviewId,
                    a.name().strip(), a.organisation().strip());
        }
        audit.record(user, null, "CHAIN_REVIEW_MEETING", true, "review " + reviewId);
    }

    /** The two questions of one pupil: "Doen we de goede dingen?" and "Zijn de juiste personen aan zet?". */
    @Transactional
    public void answer(long itemId, String goodThings, String rightPeople) {
        long reviewId = reviewOfItem(itemId);
        CurrentUser user = chair(reviewId, "answer");
        if (blank(goodThings) && blank(rightPeople)) {
            throw new UserFacingException("chainreview.error.answer");
        }
        if (tooLong(goodThings) || tooLong(rightPeople)) {
            throw new UserFacingException("chainreview.error.tooLong", MAX_TEXT);
        }
        jdbc.update("""
                update chain_review_item set good_things = ?, right_people = ?, answered_by = ?, answered_at = ?
                where id = ?""", strip(goodThings), strip(rightPeople), user.username(),
                Timestamp.from(clock.instant()), itemId);
    }

    /**
     * Closes the review: it needs the meeting's date (not in the future), purpose and legal ground, someone attending,
     * and both questions answered for every pupil. The chair's task is done with it.
     */
    @Transactional
    public void close(long reviewId) {
        CurrentUser user = chair(reviewId, "close");
        var head = jdbc.queryForMap("select meeting_on, purpose, legal_ground from chain_review where id = ?", reviewId);
        List<Message> problems = new ArrayList<>();
        Date meetingOn = (Date) head.get("meeting_on");
        if (meetingOn == null || head.get("purpose") == null || head.get("legal_ground") == null) {
            problems.add(new Message("chainreview.error.closeMeeting"));
        } else if (meetingOn.toLocalDate().isAfter(LocalDate.now(clock))) {
            problems.add(new Message("chainreview.error.closeFuture"));
        }
        Integer attendees = jdbc.queryForObject("select count(*) from chain_review_attendee where review_id = ?",
                Integer.class, reviewId);
        if (attendees == 0) {
            problems.add(new Message("chainreview.error.closeAttendees"));
        }
        Integer unanswered = jdbc.queryForObject("""
                select count(*) from chain_review_item where review_id = ? and answered_at is null""", Integer.class,
                reviewId);
        if (unanswered > 0) {
            problems.add(new Message("chainreview.error.closeUnanswered", unanswered));
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
        jdbc.update("update chain_review set state = 'CLOSED', closed_at = ?, closed_by = ? where id = ?",
                Timestamp.from(clock.instant()), user.username(), reviewId);
        tasks.chairTask(reviewId).ifPresent(t -> tasks.complete(t, user.username()));
        audit.record(user, null, "CHAIN_REVIEW_CLOSED", true, "review " + reviewId);
    }

    /** A correction after closing: added beside the frozen review with who and when, never changing it. */
    @Transactional
    public void addAddition(long reviewId, String text) {
        long region = access.regionOfReview(reviewId);
        CurrentUser user = users.require();
        access.checkTakesPart(user, region, "add to review " + reviewId);
        if (!"CLOSED".equals(state(reviewId))) {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "chainreview.error.notClosed");
        }
        if (blank(text) || tooLong(text)) {
            throw new UserFacingException("chainreview.error.addition", MAX_TEXT);
        }
        jdbc.update("insert into chain_review_addition (review_id, text, added_by, added_at) values (?, ?, ?, ?)",
                reviewId, text.strip(), user.username(), Timestamp.from(clock.instant()));
    }

    /** The chair (or an SWV consultant of the region) of an open review; a closed one is refused. */
    CurrentUser chair(long reviewId, String what) {
        access.regionOfReview(reviewId);
        CurrentUser user = users.require();
        var row = jdbc.queryForMap("select region_id, chair, state from chain_review where id = ?", reviewId);
        access.checkChairs(user, ((Number) row.get("region_id")).longValue(), (String) row.get("chair"), what);
        if ("CLOSED".equals(row.get("state"))) {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "chainreview.error.closed");
        }
        return user;
    }

    long reviewOfItem(long itemId) {
        return jdbc.query("select review_id from chain_review_item where id = ?", (rs, i) -> rs.getLong(1), itemId)
                .stream().findFirst().orElseThrow(() -> new UserFacingException(UserFacingException.Kind.NOT_FOUND,
                        "chainreview.error.notFound"));
    }

    private String state(long reviewId) {
        return jdbc.queryForObject("select state from chain_review where id = ?", String.class, reviewId);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean tooLong(String s) {
        return s != null && s.length() > MAX_TEXT;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
