package nl.aanwezig.legal.duo.api;

import nl.aanwezig.base.Messages;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.api.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoReportService;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.legal.duo.DuoStatus;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/schools/{brin}/reports?status=}: the school's DUO verzuimmeldingen, for the school's OC and the
 * leerplicht serving the school (anyone else: 403; unknown school: 404; unknown status: 400).
 */
@RestController
@Tag(name = "Verzuimmeldingen", description = "DUO-verzuimmeldingen van een school")
class DuoReportsController {

    private final Schools schools;
    private final DuoReportService reports;

    DuoReportsController(Schools schools, DuoReportService reports) {
        this.schools = schools;
        this.reports = reports;
    }

    /** A report as the API lists it. */
    record ReportEntry(long id, String leerling, DuoReportKind type, DuoStatus status, LocalDate startDate,
                       LocalDate endDate, int hours, LocalDate deadline, LocalDate reportedOn, String duoReference,
                       Long followUpOf) {
    }

    @GetMapping("/api/v1/schools/{brin}/reports")
    @Operation(summary = "Verzuimmeldingen van een school", description = "Optioneel gefilterd op status.")
    List<ReportEntry> reports(@PathVariable String brin, @RequestParam(required = false) String status) {
        School school = schools.requireByBrin(brin);
        return reports.ofSchool(school.id(), status(status)).stream().map(DuoReportsController::entry).toList();
    }

    private static DuoStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DuoStatus.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiProblems.BadRequest(Messages.nl("api.reports.badStatus", Echo.of(value)));
        }
    }

    private static ReportEntry entry(DuoReport d) {
        return new ReportEntry(d.id(), d.leerling(), d.type(), d.status(), d.startDate(), d.endDate(), d.hours(),
                d.deadline(), d.reportedOn(), d.duoReference(), d.followUpOf());
    }
}
