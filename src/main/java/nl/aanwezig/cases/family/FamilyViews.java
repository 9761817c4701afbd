package nl.aanwezig.cases.family;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.sharing.CaseGate;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The voice of pupil and parents: the view they give (answering a request of the route, or whenever they want), shown
 * to the staff beside the figures in the evaluation form as "stem van leerling / ouders", with its date.
 */
@Service
public class FamilyViews {

    /** A view as the staff and the family read it. */
    public record Voice(long id, FamilyKind kind, String authorName, String username, Instant givenAt,
                        FamilyRequests.Occasion occasion, String goesWell, String hard, String wishes) {
    }

    private final FamilyAccess access;
    private final FamilyRequests requests;
    private final CaseGate gate;
    private final CaseService cases;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyViews(FamilyAccess access, FamilyRequests requests, CaseGate gate, CaseService cases, CurrentUsers users,
                JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.requests = requests;
        this.gate = gate;
        this.cases = cases;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The family member gives their view on their child's open case, for a request or of their own accord. */
    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional
    public long give(long pupilId, Long requestId, ViewForm form) {
        FamilyMember m = access.require(pupilId, "FAMILY_VIEW_GIVE");
        Long caseId = openCase(m);
        List<UserFacingException.Message> errors = form.validate();
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        if (requestId != null && !requests.isViewRequestOf(requestId, caseId)) {
            throw new UserFacingException(UserFacingException.Kind.NOT_FOUND, "family.error.requestNotFound");
        }
        long id = jdbc.queryForObject("""
                insert into family_view (case_id, request_id, username, author_kind, author_name, goes_well, hard,
                                         wishes, given_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, caseId, requestId,
                m.user().username(), m.link().kind().name(), m.link().name(), ViewForm.clean(form.goesWell()),
                ViewForm.clean(form.hard()), ViewForm.clean(form.wishes()), Timestamp.from(clock.instant()));
        cases.record(caseId, CaseEventType.FAMILY, m.user().username(), null, "family.timeline.view",
                Messages.nl("family.kind." + m.link().kind()), m.link().name());
        return id;
    }

    /** The views on a case for the staff who may read it (the evaluation form, the pupil page), newest first. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public List<Voice> ofCase(long caseId) {
        gate.read(users.require(), caseId, "FAMILY_VIEWS_READ");
        return voices(caseId, null);
    }

    /**
     * The views the family member sees on the family page: their own, the other family members', and a pupil's of 16
     * or older only where the pupil lets their parents see them.
     */
    @Transactional(readOnly = true)
    List<Voice> forFamily(FamilyMember m) {
        if (m.caseId() == null) {
            return List.of();
        }
        String onlyParentsOrOwn = m.sees(FamilyPart.VIEWS) ? null : m.user().username();
        return voices(m.caseId(), onlyParentsOrOwn);
    }

    private List<Voice> voices(long caseId, String hidePupilExcept) {
        return jdbc.query("""
                select v.id, v.author_kind, v.author_name, v.username, v.given_at, r.occasion, v.goes_well, v.hard,
                       v.wishes from family_view v left join family_request r on r.id = v.request_id
                where v.case_id = ? and (cast(? as varchar) is null or v.author_kind = 'PARENT' or v.username = ?)
                order by v.given_at desc, v.id desc""", (rs, i) -> new Voice(rs.getLong(1),
                FamilyKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                rs.getString(6) == null ? null : FamilyRequests.Occasion.valueOf(rs.getString(6)), rs.getString(7),
                rs.getString(8), rs.getString(9)), caseId, hidePupilExcept, hidePupilExcept);
    }

    static Long openCase(FamilyMember m) {
        if (m.caseId() == null || !m.caseOpen()) {
            throw new UserFacingException("family.error.noCase");
        }
        return m.caseId();
    }
}
