package nl.aanwezig.cases.family.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyAccessLog;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyChildren;
import nl.aanwezig.cases.family.FamilyPart;
import nl.aanwezig.cases.family.FamilyRequests;
import nl.aanwezig.cases.family.FamilyViews;
import nl.aanwezig.cases.sharing.SharedPlan;

/**
 * The family API's plain JSON: what {@link FamilyChildren#child} gives, mapped field by field (no internal types, no
 * usernames of staff or family). {@code leerling} is the child's number as {@code GET /api/v1/family/children} lists it.
 */
final class FamilyResponses {

    private FamilyResponses() {
    }

    /** A child in the caller's list; {@code relation} PARENT or PUPIL (the caller themselves). */
    record ChildSummary(long leerling, String firstName, String school, int age, String relation) {
        static ChildSummary of(FamilyChildren.Child c) {
            return new ChildSummary(c.pupilId(), c.firstName(), c.schoolName(), c.age(), c.viewerKind().name());
        }
    }

    /** The child's page. {@code plan}, {@code regievoerder} and {@code nextEvaluation} are null when not shown. */
    record ChildResponse(long leerling, String firstName, String school, int age, String relation,
                         boolean parentalAuthority, boolean caseOpen, String stage, Plan plan, Coordinator regievoerder,
                         LocalDate nextEvaluation, List<Outcome> outcomes, List<Week> weeks, List<Request> openRequests,
                         Agreement agreement, List<FamilyPart> parts, boolean mayAgree, List<Voice> views) {

        static ChildResponse of(ChildPage p) {
            return new ChildResponse(p.pupilId(), p.firstName(), p.schoolName(), p.age(), p.viewerKind().name(),
                    p.parentalAuthority(), p.caseOpen(), p.stage(), Plan.of(p.plan()), Coordinator.of(p.regievoerder()),
                    p.nextEvaluation(), p.outcomes().stream().map(o -> new Outcome(o.on(), o.what())).toList(),
                    p.weeks().stream().map(w -> new Week(w.monday(), w.isoWeek(), w.present(), w.lessons(),
                            w.current())).toList(),
                    p.openRequests().stream().map(Request::of).toList(), Agreement.of(p.agreement()),
                    p.parts().stream().sorted().toList(), p.mayAgree(), p.views().stream().map(Voice::of).toList());
        }
    }

    record Plan(LocalDate startedOn, LocalDate nextEvaluation, List<Goal> goals, List<Action> actions) {
        static Plan of(SharedPlan p) {
            return p == null ? null : new Plan(p.startedOn(), p.nextEvaluation(),
                    p.goals().stream().map(g -> new Goal(g.domain(), g.description(), g.measure(), g.targetPct())).toList(),
                    p.interventions().stream().map(i -> new Action(i.description(), i.owner(), i.startsOn(),
                            i.durationWeeks())).toList());
        }
    }

    record Goal(String domain, String description, String measure, BigDecimal targetPct) {
    }

    /** What someone will do (school, parents, pupil, a partner), from when, for how many weeks. */
    record Action(String description, String owner, LocalDate startsOn, int durationWeeks) {
    }

    record Coordinator(String name, String organisation, String contact) {
        static Coordinator of(ChildPage.Coordinator c) {
            return c == null ? null : new Coordinator(c.name(), c.organisation(), c.contact());
        }
    }

    record Outcome(LocalDate on, String what) {
    }

    /** Lessons of one ISO week: present (late counts as present) of lessons; the current week is not finished. */
    record Week(LocalDate monday, int isoWeek, int present, int lessons, boolean current) {
    }

    /** What the route asks now: {@code id} is the {@code requestId} of a view that answers it. */
    record Request(long id, String kind, String occasion, LocalDate dueOn) {
        static Request of(FamilyRequests.Request r) {
            return new Request(r.id(), r.kind().name(), r.occasion().name(), r.dueOn());
        }
    }

    /** The agreement to the active plan: per family member with an account, null {@code agreed} while not answered. */
    record Agreement(boolean planActive, List<Answer> answers) {
        static Agreement of(FamilyAgreements.Status s) {
            return new Agreement(s.planId() != null, s.answers().stream().map(a -> new Answer(a.name(), a.kind().name(),
                    a.parentalAuthority(), a.agreed(), a.reason(), a.at(), a.earlierPlanAnswered())).toList());
        }
    }

    record Answer(String name, String relation, boolean parentalAuthority, Boolean agreed, String reason, Instant at,
                  boolean earlierPlanAnswered) {
    }

    record Voice(long id, String relation, String author, Instant givenAt, String occasion, String goesWell,
                 String hard, String wishes) {
        static Voice of(FamilyViews.Voice v) {
            return new Voice(v.id(), v.kind().name(), v.authorName(), v.givenAt(),
                    v.occasion() == null ? null : v.occasion().name(), v.goesWell(), v.hard(), v.wishes());
        }
    }

    /** The view given: its id. */
    record ViewCreated(long id) {
    }

    /** Consent for one partner role as it is now; {@code changed} false when it already was so. */
    record ConsentResponse(String partnerRole, boolean consent, boolean changed) {
    }

    /** One opening of the dossier; {@code name} only where the school names its staff to the family. */
    record AccessLogEntry(Instant at, String role, String organisation, String name, String what, int times) {
        static AccessLogEntry of(FamilyAccessLog.Entry e) {
            return new AccessLogEntry(e.at(), e.role(), e.organisation(), e.name(), e.what(), e.times());
        }
    }
}
