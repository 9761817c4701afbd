package nl.aanwezig.cases.family;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the routes ask of the family (steps of the models, never a wait): their view before an evaluation, a
 * casusoverleg on their case or a chain review, and their agreement to the plan. A redelivered job asks once (the
 * request's source key); a request left unanswered blocks nothing.
 */
@Service
public class FamilyRequests {

    /** Why the family is asked. */
    public enum Occasion { EVALUATION, CASUSOVERLEG, CHAIN_REVIEW, PLAN }

    public enum Kind { VIEW, AGREEMENT }

    /** A request: for which case, what, for which occasion, before which date. */
    public record Request(long id, long caseId, Kind kind, Occasion occasion, LocalDate dueOn, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;
    private final CaseService cases;
    private final FamilyMail mail;
    private final Clock clock;
    private final String publicUrl;

    FamilyRequests(JdbcTemplate jdbc, CaseService cases, FamilyMail mail, Clock clock,
                   @Value("${aanwezig.family.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.mail = mail;
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    /** Asks the family of the case, once per source key; the timeline says the family was asked. */
    @Transactional
    public void ask(long caseId, Kind kind, Occasion occasion, LocalDate dueOn, String sourceKey) {
        int inserted = jdbc.update("""
                insert into family_request (case_id, kind, occasion, due_on, source_key, created_at)
                values (?, ?, ?, ?, ?, ?) on conflict (source_key) do nothing""", caseId, kind.name(), occasion.name(),
                dueOn == null ? null : Date.valueOf(dueOn), sourceKey, Timestamp.from(clock.instant()));
        if (inserted == 1) {
            cases.record(caseId, CaseEventType.FAMILY, CurrentUser.SYSTEM.username(), null,
                    "family.timeline.asked." + kind, Messages.nl("family.occasion." + occasion),
                    dueOn == null ? "" : Messages.date(dueOn));
            tell(caseId, kind, occasion, dueOn);
        }
    }

    /** Each family member with an account and an e-mail address hears of the request (where SMTP is configured). */
    private void tell(long caseId, Kind kind, Occasion occasion, LocalDate dueOn) {
        jdbc.query("""
                select l.email, l.name, p.first_name from family_link l join pupil_case c on c.pupil_id = l.pupil_id
                join pupil p on p.id = l.pupil_id
                where c.id = ? and l.accepted_at is not null and l.withdrawn_at is null and l.email is not null""",
                rs -> {
                    mail.sendAfterCommit(rs.getString(1), Messages.nl("family.mail.request.subject." + kind,
                            rs.getString(3)), Messages.nl("family.mail.request.body." + kind, rs.getString(2),
                            rs.getString(3), Messages.nl("family.occasion." + occasion),
                            dueOn == null ? "" : Messages.date(dueOn), publicUrl + "gezin"));
                }, caseId);
    }

    /**
     * The requests for a view this account has not answered yet, from today on (a request whose date passed is no
     * longer shown: the evaluation was held).
     */
    @Transactional(readOnly = true)
    public List<Request> openViews(long caseId, String username) {
        return jdbc.query("""
                select r.id, r.case_id, r.kind, r.occasion, r.due_on, r.created_at from family_request r
                where r.case_id = ? and r.kind = 'VIEW' and (r.due_on is null or r.due_on >= ?)
                  and not exists (select 1 from family_view v where v.request_id = r.id and v.username = ?)
                order by r.due_on nulls last, r.id""", (rs, i) -> new Request(rs.getLong(1), rs.getLong(2),
                Kind.valueOf(rs.getString(3)), Occasion.valueOf(rs.getString(4)),
                rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getTimestamp(6).toInstant()),
                caseId, Date.valueOf(LocalDate.now(clock)), username);
    }

    /** The request if it is this case's request for a view. */
    boolean isViewRequestOf(long requestId, long caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from family_request where id = ? and case_id = ? and kind = 'VIEW')""",
                Boolean.class, requestId, caseId));
    }
}
