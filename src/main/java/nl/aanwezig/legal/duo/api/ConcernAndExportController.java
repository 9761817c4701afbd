package nl.aanwezig.legal.duo.api;

import nl.aanwezig.base.Echo;
import nl.aanwezig.base.api.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.legal.duo.AbsenceExport;
import nl.aanwezig.legal.duo.AbsenceExportService;
import nl.aanwezig.legal.duo.ConcernCriteria;
import nl.aanwezig.legal.duo.ConcernCriteriaService;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The school's concern criteria ({@code GET/PUT /api/v1/schools/{brin}/concern-criteria}, the school's OC and the
 * administrator) and its absence export ({@code GET /api/v1/schools/{brin}/absence-export?year=&format=csv|xlsx},
 * the school's OC). Another school: 403; unknown school: 404; a bad body or parameter: 400.
 */
@RestController
@Tag(name = "Zorgelijk verzuim en export", description = "Schoolcriteria zorgelijk verzuim; verzuim per maand")
class ConcernAndExportController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Schools schools;
    private final ConcernCriteriaService criteria;
    private final AbsenceExportService exports;

    ConcernAndExportController(Schools schools, ConcernCriteriaService criteria, AbsenceExportService exports) {
        this.schools = schools;
        this.criteria = criteria;
        this.exports = exports;
    }

    /** The body of the criteria; a pair left out is off. */
    record CriteriaBody(Integer unauthorisedHours, Integer unauthorisedWeeks, Integer lateTimes, Integer lateWeeks) {
    }

    @GetMapping("/api/v1/schools/{brin}/concern-criteria")
    @Operation(summary = "Criteria zorgelijk verzuim van een school")
    ConcernCriteria get(@PathVariable String brin) {
        return criteria.of(school(brin).id());
    }

    @PutMapping("/api/v1/schools/{brin}/concern-criteria")
    @Operation(summary = "Criteria zorgelijk verzuim vastleggen")
    ConcernCriteria put(@PathVariable String brin, @RequestBody CriteriaBody body) {
        School school = school(brin);
        try {
            return criteria.save(school.id(), new ConcernCriteria(body.unauthorisedHours(), body.unauthorisedWeeks(),
                    body.lateTimes(), body.lateWeeks(), null, null));
        } catch (UserFacingException e) {
            throw new ApiProblems.BadRequest(e.messages().stream()
                    .map(m -> Messages.nl(m.key(), m.args())).collect(Collectors.joining(" ")));
        }
    }

    @GetMapping("/api/v1/schools/{brin}/absence-export")
    @Operation(summary = "Verzuim per maand en categorie (CSV of XLSX)")
    ResponseEntity<byte[]> export(@PathVariable String brin, @RequestParam int year,
                                  @RequestParam(defaultValue = "csv") String format) {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new ApiProblems.BadRequest(Messages.nl("api.export.badFormat", Echo.of(format)));
        }
        if (year < 2000 || year > 2100) {
            throw new ApiProblems.BadRequest(Messages.nl("api.export.badYear", year));
        }
        AbsenceExport export = exports.of(school(brin).id(), year);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean csv = format.equals("csv");
        if (csv) {
            AbsenceExportService.csv(export, out);
        } else {
            AbsenceExportService.xlsx(export, out);
        }
        String name = "verzuim-" + brin + "-" + year + "-" + (year + 1) + "." + format;
        return ResponseEntity.ok().contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(out.toByteArray());
    }

    private School school(String brin) {
        return schools.requireByBrin(brin);
    }
}
