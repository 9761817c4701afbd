package nl.aanwezig.cases.family;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.sharing.PlanReader;
import nl.aanwezig.cases.sharing.SharedPlan;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.workflow.FamilyProcess;
import nl.aanwezig.workflow.FamilyTalkProcess;
import nl.aanwezig.workflow.RouteLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Digital agreement to the plan's action part, instead of print, sign and scan: a parent with parental authority (or
 * the pupil from 12) agrees, or does not with a reason, which starts the regievoerder's talk with the family
 * (bpmn/gezin-overleg.bpmn, "op overeenstemming gericht overleg") in the same transaction. Who agreed when is on the
 * timeline; a material change to the plan (another {@link PlanDigest}) asks again.
 */
@Service
public class FamilyAgreements {

    static final int MAX_REASON = 2000;

    /** One family member's answer to the plan as it is now: null agreed while not answered (or answered an older plan). */
    public record Answer(String name, FamilyKind kind, boolean parentalAuthority, Boolean agreed, String reason,
                         Instant at, boolean earlierPlanAnswered) {
    }

    /** The agreement to the case's active plan: every family member with an account, and what they answered. */
    public record Status(Long planId, List<Answer> answers) {
    }

    private final FamilyAccess access;
    private final FamilyLinks links;
    private final PlanReader plans;
    private final CaseService cases;
    private final RouteLedger routes;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    FamilyAgreements(FamilyAccess access, FamilyLinks links, PlanReader plans, CaseService cases, RouteLedger routes,
                     JdbcTemplate jdbc, Clock clock) {
        this.access = access;
        this.links = links;
        this.plans = plans;
        this.cases = cases;
        this.routes = routes;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Agree, or not with a reason (which gives the regievoerder a task to talk it through). */
    @PreAuthorize("hasAnyRole('OUDER', 'LEERLING')")
    @Transactional
    public void decide(long pupilId, boolean agreed, String reason) {
        FamilyMember m = access.require(pupilId, FamilyPart.PLAN, "FAMILY_AGREEMENT");
        access.checkMayAgree(m);
        long caseId = FamilyViews.openCase(m);
        long planId = activePlanId(caseId).orElseThrow(() -> new UserFacingException("family.error.noPlan"));
        SharedPlan plan = plans.activePlan(caseId).orElseThrow();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!agreed && why == null) {
            throw new UserFacingException("family.error.reasonRequired");
        }
        if (why != null && why.length() > MAX_REASON) {
            throw new UserFacingException("family.error.textTooLong", MAX_REASON);
        }
        long id = jdbc.queryForObject("""
                insert into plan_agreement (plan_id, case_id, username, author_name, plan_digest, agreed, reason, at_utc)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, planId, caseId, m.user().username(),
                m.link().name(), PlanDigest.of(plan), agreed, agreed ? null : why, Timestamp.from(clock.instant()));
        String kind = Messages.nl("family.kind." + m.link().kind());
        if (agreed) {
            cases.record(caseId, CaseEventType.FAMILY, m.user().username(), null, "family.timeline.agreed", kind,
                    m.link().name());
            return;
        }
        cases.record(caseId, CaseEventType.FAMILY, m.user().username(), null, "family.timeline.disagreed", kind,
                m.link().name(), why);
        record Case(long schoolId, String regievoerder) {
        }
        Case c = jdbc.queryForObject("select school_id, regievoerder from pupil_case where id = ?",
                (rs, i) -> new Case(rs.getLong(1), rs.getString(2)), caseId);
        Map<String, Object> vars = RouteLedger.caseVariables(caseId, pupilId, c.schoolId());
        vars.put(FamilyTalkProcess.VAR_AGREEMENT_ID, id);
        if (c.regievoerder() != null) {
            vars.put(FamilyTalkProcess.VAR_REGIEVOERDER, c.regievoerder());
        }
        routes.startOnce(caseId, FamilyProcess.TALK_ID, FamilyProcess.talkKey(id), vars);
    }

    /** The agreement to the case's active plan, for the family page and the staff (callers check access). */
    @Transactional(readOnly = true)
    public Status status(long caseId, long pupilId) {
        Optional<Long> planId = activePlanId(caseId);
        if (planId.isEmpty()) {
            return new Status(null, List.of());
        }
        String digest = PlanDigest.of(plans.activePlan(caseId).orElseThrow());
        List<Answer> answers = new ArrayList<>();
        for (FamilyLink l : links.activeOfPupil(pupilId)) {
            record Row(String digest, boolean agreed, String reason, Instant at) {
            }
            Optional<Row> last = jdbc.query("""
                    select plan_digest, agreed, reason, at_utc from plan_agreement where plan_id = ? and username = ?
                    order by at_utc desc, id desc limit 1""", (rs, i) -> new Row(rs.getString(1), rs.getBoolean(2),
                    rs.getString(3), rs.getTimestamp(4).toInstant()), planId.get(), l.username()).stream().findFirst();
            boolean current = last.map(r -> r.digest().equals(digest)).orElse(false);
            answers.add(new Answer(l.name(), l.kind(), l.parentalAuthority(),
                    current ? last.get().agreed() : null, current ? last.get().reason() : null,
                    current ? last.get().at() : null, last.isPresent() && !current));
        }
        return new Status(planId.get(), answers);
    }

    /** The answer a family member's talk is about, for the regievoerder's task form. */
    @Transactional(readOnly = true)
    public Optional<Answer> answer(long agreementId) {
        return jdbc.query("""
                select a.author_name, l.kind, l.parental_authority, a.agreed, a.reason, a.at_utc
                from plan_agreement a left join family_link l on l.username = a.username and l.withdrawn_at is null
                  and l.pupil_id = (select pupil_id from pupil_case where id = a.case_id)
                where a.id = ?""", (rs, i) -> new Answer(rs.getString(1),
                rs.getString(2) == null ? FamilyKind.PARENT : FamilyKind.valueOf(rs.getString(2)), rs.getBoolean(3),
                rs.getBoolean(4), rs.getString(5), rs.getTimestamp(6).toInstant(), false), agreementId).stream()
                .findFirst();
    }

    private Optional<Long> activePlanId(long caseId) {
        return jdbc.query("select id from support_plan where case_id = ? and status = 'ACTIVE'",
                (rs, i) -> rs.getLong(1), caseId).stream().findFirst();
    }
}
