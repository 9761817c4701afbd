package nl.aanwezig.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.dossier.CaseListService;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schools/{brin}/cases?stage=}: the school's open cases by stage, and
 * {@code GET /api/v1/schools/{brin}/pupils/{leerling}/plan}: a pupil's current plan, goals and evaluations. The same
 * access rules as the screens; a pupil the caller may not see answers as an unknown one (404).
 */
@RestController
class CasesController {

    private final Schools schools;
    private final Pupils pupils;
    private final CaseListService cases;
    private final CasePlanService plans;
    private final CurrentUsers users;
    private final AuditLog audit;

    CasesController(Schools schools, Pupils pupils, CaseListService cases, CasePlanService plans, CurrentUsers users, AuditLog audit) {
        this.schools = schools;
        this.pupils = pupils;
        this.cases = cases;
        this.plans = plans;
        this.users = users;
        this.audit = audit;
    }

    /** One open case: whose, where on the route, who coordinates it and who takes part. */
    record CaseResponse(String leerling, CaseStage stage, String regievoerder, LocalDate openedOn,
                        LocalDate planStartedOn, LocalDate nextEvaluation, List<CaseListService.Participant> participants) {
    }

    @GetMapping("/api/v1/schools/{brin}/cases")
    List<CaseResponse> cases(@PathVariable String brin, @RequestParam(required = false) String stage) {
        School school = schools.requireByBrin(brin);
        return cases.casesOfSchool(school, stage(stage)).stream()
                .map(r -> new CaseResponse(r.leerling(), r.stage(), r.regievoerder(), date(r.openedAt()),
                        r.planStartedOn(), r.nextEvaluation(), r.participants())).toList();
    }

    @GetMapping("/api/v1/schools/{brin}/pupils/{leerling}/plan")
    CasePlan plan(@PathVariable String brin, @PathVariable String leerling) {
        CurrentUser user = users.require();
        Pupil pupil = schools.findByBrin(brin).flatMap(s -> pupils.findBySchoolIdAndLeerling(s.id(), leerling))
                .orElseThrow(() -> {
                    audit.record(user, null, "PLAN_READ", false, "onbekend: " + Echo.of(brin) + "/" + Echo.of(leerling));
                    return notFound(brin, leerling);
                });
        Optional<CasePlan> plan;
        try {
            plan = plans.ofPupil(pupil.id()); // checks and audits
        } catch (AccessDeniedException e) {
            // the same answer as for an unknown pupil: a 403 would tell which pupil numbers exist elsewhere
            throw notFound(brin, leerling);
        }
        return plan.orElseThrow(() -> new ApiProblems.NotFound(Messages.nl("api.plan.noOpenCase", Echo.of(leerling))));
    }

    private static LocalDate date(Instant at) {
        return at.atZone(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE).toLocalDate();
    }

    private static CaseStage stage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CaseStage.valueOf(value.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.BadRequest(Messages.nl("api.cases.badStage", Echo.of(value)));
        }
    }

    private static ApiProblems.NotFound notFound(String brin, String leerling) {
        return new ApiProblems.NotFound(Messages.nl("api.attendance.notFound", Echo.of(brin), Echo.of(leerling)));
    }
}
