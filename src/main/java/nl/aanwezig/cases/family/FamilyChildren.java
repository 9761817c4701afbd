package nl.aanwezig.cases.family;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.sharing.PlanReader;
import nl.aanwezig.cases.sharing.SharedPlan;
import nl.aanwezig.security.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family pages' read model: the children linked to the family member, and per child what {@link FamilyAccess}
 * lets them see. Nothing here reads the SAT's hypotheses, conversations, partners' notes or medical notes.
 */
@Service
public class FamilyChildren {

    /** Weeks of the attendance summary, the current one included. */
    static final int WEEKS = 6;

    /** A child in the family member's list. */
    public record Child(long pupilId, String firstName, String schoolName, int age, FamilyKind viewerKind) {
    }

    private final FamilyAccess access;
    private final PlanReader plans;
    private final FamilyRequests requests;
    private final FamilyAgreements agreements;
    private final FamilyViews views;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyChildren(FamilyAccess access, PlanReader plans, FamilyRequests requests, FamilyAgreements agreements,
                   FamilyViews views, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.requests = requests;
        this.agreements = agreements;
        this.views = views;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional(readOnly = true)
    public List<Child> children() {
        return access.children().stream().map(m -> new Child(m.pupilId(), m.childFirstName(), schoolName(m.schoolId()),
                m.age(), m.link().kind())).toList();
    }

    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional(readOnly = true)
    public ChildPage child(long pupilId) {
        FamilyMember m = access.require(pupilId, "FAMILY_CHILD_READ");
        boolean plan = m.sees(FamilyPart.PLAN) && m.caseId() != null;
        SharedPlan shared = plan && m.caseOpen() ? plans.activePlan(m.caseId()).orElse(null) : null;
        boolean mayAgree;
        try {
            mayAgree = shared != null && m.caseOpen() && mayAgree(m);
        } catch (UserFacingException e) {
            mayAgree = false;
        }
        boolean chooses = m.isPupil() && m.age() >= FamilyAccess.OWN_DECISION_AGE;
        return new ChildPage(pupilId, m.childFirstName(), schoolName(m.schoolId()), m.age(), m.link().kind(),
                m.link().parentalAuthority(), m.caseOpen(), stage(m), shared,
                plan && m.caseOpen() ? coordinator(m) : null,
                shared == null ? null : shared.nextEvaluation(),
                m.sees(FamilyPart.OUTCOMES) && m.caseId() != null ? outcomes(m.caseId()) : List.of(),
                weeks(pupilId),
                m.caseOpen() ? requests.openViews(m.caseId(), m.user().username()) : List.of(),
                shared == null ? new FamilyAgreements.Status(null, List.of()) : agreements.status(m.caseId(), pupilId),
                m.parts(), mayAgree, chooses, chooses ? access.parentsSee(pupilId) : Set.of(), views.forFamily(m));
    }

    /** A pupil of 16 or older chooses what their parents see beyond the attendance facts. */
    @PreAuthorize("hasRole('LEERLING')")
    @Transactional
    public void setParentsSee(long pupilId, Set<FamilyPart> parts) {
        FamilyMember m = access.require(pupilId, "FAMILY_PARENTS_SEE");
        access.checkMayChoose(m);
        Set<FamilyPart> chosen = EnumSet.noneOf(FamilyPart.class);
        if (parts != null) {
            chosen.addAll(parts);
        }
        chosen.retainAll(FamilyPart.choosable());
        jdbc.update("""
                insert into family_pupil_choice (pupil_id, parents_see, decided_by, decided_at) values (?, ?, ?, ?)
                on conflict (pupil_id) do update set parents_see = excluded.parents_see,
                    decided_by = excluded.decided_by, decided_at = excluded.decided_at""", pupilId,
                chosen.stream().map(Enum::name).sorted().collect(Collectors.joining(",")), m.user().username(),
                Timestamp.from(clock.instant()));
        audit.record(m.user(), pupilId, "FAMILY_PARENTS_SEE", true, chosen.toString());
    }

    private boolean mayAgree(FamilyMember m) {
        access.checkMayAgreeQuietly(m);
        return true;
    }

    private String stage(FamilyMember m) {
        if (m.caseId() == null || !m.caseOpen()) {
            return Messages.nl("family.stage.none");
        }
        String stage = jdbc.queryForObject("select stage from pupil_case where id = ?", String.class, m.caseId());
        return Messages.nl("family.stage." + stage);
    }

    private ChildPage.Coordinator coordinator(FamilyMember m) {
        return jdbc.query("""
                select a.display_name, coalesce(cp.organisation, s.name), a.contact from pupil_case c
                join staff_account a on a.username = c.regievoerder left join school s on s.id = a.school_id
                left join case_participant cp on cp.case_id = c.id and cp.username = a.username
                where c.id = ?""", (rs, i) -> new ChildPage.Coordinator(rs.getString(1), rs.getString(2),
                rs.getString(3)), m.caseId()).stream().findFirst().orElse(null);
    }

    private List<ChildPage.Outcome> outcomes(long caseId) {
        List<ChildPage.Outcome> out = new ArrayList<>(jdbc.query("""
                select held_on, decision, arrangement_id is not null from evaluation where case_id = ?
                order by held_on desc, id desc""", (rs, i) -> new ChildPage.Outcome(rs.getDate(1).toLocalDate(),
                Messages.nl("family.outcome." + (rs.getBoolean(3) ? "arrangement." : "plan.") + rs.getString(2))),
                caseId));
        out.addAll(jdbc.query("""
                select r.meeting_on from chain_review_item i join chain_review r on r.id = i.review_id
                where i.case_id = ? and r.state = 'CLOSED' and r.meeting_on is not null""",
                (rs, i) -> new ChildPage.Outcome(rs.getDate(1).toLocalDate(), Messages.nl("family.outcome.chainReview")),
                caseId));
        out.sort((a, b) -> b.on().compareTo(a.on()));
        return out;
    }

    /** Lessons per ISO week of the last weeks, from the registrations (late counts as present). */
    private List<ChildPage.Week> weeks(long pupilId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = thisMonday.minusWeeks(WEEKS - 1L);
        return jdbc.query("""
                select date_trunc('week', lesson_date)::date, count(*) filter (where status <> 'afwezig'), count(*)
                from registration where pupil_id = ? and lesson_date between ? and ?
                group by 1 order by 1 desc""", (rs, i) -> {
            LocalDate monday = rs.getDate(1).toLocalDate();
            return new ChildPage.Week(monday, monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), rs.getInt(2),
                    rs.getInt(3), monday.equals(thisMonday));
        }, pupilId, Date.valueOf(from), Date.valueOf(today));
    }

    private String schoolName(long schoolId) {
        return jdbc.queryForObject("select name from school where id = ?", String.class, schoolId);
    }
}
