package nl.aanwezig.legal.deviation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.legal.deviation.Checklist;
import nl.aanwezig.legal.deviation.DeviationForm;
import nl.aanwezig.legal.deviation.DeviationNotFound;
import nl.aanwezig.legal.deviation.DeviationService;
import nl.aanwezig.legal.deviation.Windows;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Schools;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/schools/{brin}/pupils/{leerling}/deviations}: the school's OC drafts an onderwijstijd deviation, fills
 * its checklist and records the Inspectie's decision (409 while the checklist is incomplete). A pupil or request of
 * another school is answered as unknown (404); other roles get 403. After approval the pupil's attendance
 * ({@code GET .../attendance}) counts only the approved hours.
 */
@RestController
@Tag(name = "Afwijking onderwijstijd", description = "Aanvragen bij de Inspectie (categorie D) en hun besluit")
class DeviationController {

    static final String BASE = "/api/v1/schools/{brin}/pupils/{leerling}/deviations";

    private final Schools schools;
    private final Pupils pupils;
    private final DeviationService deviations;

    DeviationController(Schools schools, Pupils pupils, DeviationService deviations) {
        this.schools = schools;
        this.pupils = pupils;
        this.deviations = deviations;
    }

    /** A draft: {@code windows} per weekday a list of {@code ["HH:MM", "HH:MM"]} pairs. */
    record DraftRequest(BigDecimal hoursPerWeek, LocalDate validFrom, LocalDate validTo,
                        Map<DayOfWeek, List<List<String>>> windows) {
    }

    record Created(long id) {
    }

    /** The checklist's state after saving: the missing items in Dutch. */
    record ChecklistState(boolean complete, List<String> missing) {
    }

    record DecisionRequest(Boolean approved, LocalDate decidedOn) {
    }

    @PostMapping(BASE)
    @Operation(summary = "Nieuwe aanvraag (concept) voor een afwijking van de onderwijstijd")
    ResponseEntity<Created> draft(@PathVariable String brin, @PathVariable String leerling, @RequestBody DraftRequest body) {
        long id = deviations.draft(pupil(brin, leerling).id(), form(body));
        return ResponseEntity.created(URI.create("/api/v1/schools/" + brin + "/pupils/" + leerling + "/deviations/" + id))
                .body(new Created(id));
    }

    @GetMapping(BASE + "/{id}")
    @Operation(summary = "Een aanvraag met haar checklist en status")
    DeviationService.DeviationView get(@PathVariable String brin, @PathVariable String leerling, @PathVariable long id) {
        return own(brin, leerling, id);
    }

    @PutMapping(BASE + "/{id}/checklist")
    @Operation(summary = "De checklist: OPP (programma op school, onderwijs of zorg daarbuiten, terugkeer naar volledig "
            + "rooster), handelingsdeel getekend op, toestemming ouders, deskundigenverklaring met datum")
    ChecklistState checklist(@PathVariable String brin, @PathVariable String leerling, @PathVariable long id,
                             @RequestBody Checklist body) {
        own(brin, leerling, id);
        deviations.saveChecklist(id, body);
        List<String> missing = own(brin, leerling, id).checklist().missing();
        return new ChecklistState(missing.isEmpty(), missing.stream().map(Messages::nl).toList());
    }

    @PostMapping(BASE + "/{id}/decision")
    @Operation(summary = "Het besluit van de Inspectie (goedgekeurd of afgewezen, met datum); 409 zolang de checklist "
            + "niet compleet is")
    ResponseEntity<Void> decide(@PathVariable String brin, @PathVariable String leerling, @PathVariable long id,
                                @RequestBody DecisionRequest body) {
        own(brin, leerling, id);
        if (body.approved() == null) {
            throw new UserFacingException("deviation.error.decisionRequired");
        }
        deviations.decide(id, body.approved(), body.decidedOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(BASE + "/{id}/withdrawal")
    @Operation(summary = "Intrekken: het volledige rooster telt weer")
    ResponseEntity<Void> withdraw(@PathVariable String brin, @PathVariable String leerling, @PathVariable long id) {
        own(brin, leerling, id);
        deviations.withdraw(id);
        return ResponseEntity.noContent().build();
    }

    private DeviationService.DeviationView own(String brin, String leerling, long id) {
        DeviationService.DeviationView v = deviations.get(id);
        if (v.pupilId() != pupil(brin, leerling).id()) {
            throw new DeviationNotFound();
        }
        return v;
    }

    private Pupil pupil(String brin, String leerling) {
        return schools.findByBrin(brin).flatMap(s -> pupils.findBySchoolIdAndLeerling(s.id(), leerling))
                .orElseThrow(DeviationNotFound::new);
    }

    private static DeviationForm form(DraftRequest body) {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        if (body.windows() != null) {
            body.windows().forEach((day, pairs) -> week.put(day, Windows.parseDay(day, String.join(", ",
                    pairs.stream().map(p -> p.size() == 2 ? p.get(0) + "-" + p.get(1) : String.join("-", p)).toList()))));
        }
        return new DeviationForm(body.hoursPerWeek(), body.validFrom(), body.validTo(), week);
    }
}
