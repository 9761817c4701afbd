package nl.aanwezig.review.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems.BadRequest;
import nl.aanwezig.base.api.ApiProblems.NotFound;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.review.AgendaService;
import nl.aanwezig.review.AgendaSuggestion;
import nl.aanwezig.review.Reason;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schools/{brin}/meetings/agenda?date=}: the suggested agenda of a casusoverleg on that date, for an
 * OC of the school (another school's OC and other roles: 403; unknown school: 404; bad date: 400).
 */
@RestController
@Tag(name = "Casusoverleg", description = "De voorgestelde agenda van een casusoverleg")
class MeetingAgendaController {

    private final Schools schools;
    private final AgendaService agenda;

    MeetingAgendaController(Schools schools, AgendaService agenda) {
        this.schools = schools;
        this.agenda = agenda;
    }

    /** A suggested case: whose, its stage, why, and its next evaluation (null when it has none). */
    record AgendaEntry(String leerling, CaseStage stage, List<ReasonEntry> reasons, LocalDate nextEvaluation) {
    }

    /** A reason with its Dutch text. */
    record ReasonEntry(Reason code, String text) {
    }

    @GetMapping("/api/v1/schools/{brin}/meetings/agenda")
    @Operation(summary = "Voorgestelde agenda van een casusoverleg",
            description = "Nieuwe oranje en rode casussen sinds het vorige overleg (of de laatste 6 weken), evaluaties "
                    + "tot een week na de datum (te late eerst) en leerlingen van wie de aanwezigheid duidelijk terugloopt.")
    List<AgendaEntry> agenda(@PathVariable String brin, @RequestParam(required = false) String date) {
        LocalDate day = date(date);
        School school = schools.findByBrin(brin)
                .orElseThrow(() -> new NotFound(Messages.nl("meeting.api.unknownSchool", Echo.of(brin))));
        return agenda.agenda(school, day).stream().map(MeetingAgendaController::entry).toList();
    }

    static AgendaEntry entry(AgendaSuggestion s) {
        return new AgendaEntry(s.leerling(), s.stage(),
                s.reasons().stream().map(r -> new ReasonEntry(r, s.reasonText(r))).toList(), s.nextEvaluation());
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequest(Messages.nl("meeting.api.missingDate"));
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequest(Messages.nl("meeting.api.badDate", Echo.of(value)));
        }
    }
}
