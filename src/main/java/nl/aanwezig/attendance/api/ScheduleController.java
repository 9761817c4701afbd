package nl.aanwezig.attendance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.importing.AbsencePresets;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.api.ApiProblems;
import nl.aanwezig.base.upload.UploadReceiver;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A school's code list, bell schedule and default lateness for the absence-only route
 * ({@code /api/v1/schools/{brin}/absence-codes}, {@code .../lesson-hours}, {@code .../default-minutes-late}) and the
 * presets ({@code /api/v1/absence-presets}). A list is a CSV body replacing the stored one as a whole: 200 when
 * written or unchanged, 422 with the lines when refused. The school's OC and the admin; another school: 403; unknown: 404.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'OC')")
@Tag(name = "Codes en lestijden", description = "Codelijst, lestijden en standaard minuten te laat van een school")
class ScheduleController {

    private final Schools schools;
    private final SchoolScheduleService schedule;
    private final AbsencePresets presets;
    private final UploadReceiver uploads;

    ScheduleController(Schools schools, SchoolScheduleService schedule, AbsencePresets presets, UploadReceiver uploads) {
        this.schools = schools;
        this.schedule = schedule;
        this.presets = presets;
        this.uploads = uploads;
    }

    /** A preset as the API shows it. */
    record PresetView(String id, String name, String sector) {
    }

    @GetMapping(path = "/api/v1/absence-presets", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Voorinstellingen voor verzuimexports (Magister, Somtoday, ParnasSys, ESIS)")
    List<PresetView> presets() {
        return presets.all().stream().map(p -> new PresetView(p.id(), p.name(), p.sector())).toList();
    }

    @GetMapping(path = "/api/v1/schools/{brin}/absence-codes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Codelijst van een school")
    List<AbsenceCode> codes(@PathVariable String brin) {
        return schedule.codes(school(brin).id());
    }

    @PutMapping(path = "/api/v1/schools/{brin}/absence-codes", consumes = {"text/csv",
        MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Codelijst vervangen (CSV code;status;reden;geoorloofd[;omschrijving])")
    ResponseEntity<ImportResponse> putCodes(@PathVariable String brin, HttpServletRequest request) throws IOException {
        long school = school(brin).id();
        return fromBody(request, in -> schedule.replaceCodes(school, in));
    }

    @PostMapping(path = "/api/v1/schools/{brin}/absence-codes/preset/{preset}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Codelijst (en lestijden als de school die nog niet heeft) uit een voorinstelling")
    ResponseEntity<ImportResponse> preset(@PathVariable String brin, @PathVariable String preset) {
        long school = school(brin).id();
        try {
            return answer(schedule.applyPreset(school, preset));
        } catch (UserFacingException e) {
            throw new ApiProblems.NotFound(Messages.nl("schedule.error.unknownPreset", Echo.of(preset)));
        }
    }

    @GetMapping(path = "/api/v1/schools/{brin}/lesson-hours", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lestijden van een school")
    List<SchoolScheduleService.LessonHour> lessonHours(@PathVariable String brin) {
        return schedule.lessonHours(school(brin).id());
    }

    @PutMapping(path = "/api/v1/schools/{brin}/lesson-hours", consumes = {"text/csv",
        MediaType.APPLICATION_OCTET_STREAM_VALUE}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lestijden vervangen (CSV weekdag;lesuur;start;eind; weekdag leeg: maandag t/m vrijdag)")
    ResponseEntity<ImportResponse> putLessonHours(@PathVariable String brin, HttpServletRequest request)
            throws IOException {
        long school = school(brin).id();
        return fromBody(request, in -> schedule.replaceLessonHours(school, in));
    }

    /** The minutes a bare "te laat" counts. */
    record MinutesBody(Integer minutes) {
    }

    /** As sent: a number, read exactly, so 1.5 is refused rather than stored as 1. */
    record MinutesRequest(java.math.BigDecimal minutes) {
    }

    @GetMapping(path = "/api/v1/schools/{brin}/default-minutes-late", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Standaard minuten te laat (als de export alleen 'te laat' zegt)")
    MinutesBody minutes(@PathVariable String brin) {
        return new MinutesBody(schedule.defaultMinutesLate(school(brin).id()));
    }

    @PutMapping(path = "/api/v1/schools/{brin}/default-minutes-late", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Standaard minuten te laat vastleggen (1-120)")
    MinutesBody putMinutes(@PathVariable String brin, @RequestBody MinutesRequest body) {
        long school = school(brin).id();
        int minutes;
        try {
            minutes = body.minutes() == null ? 0 : body.minutes().intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new ApiProblems.BadRequest(Messages.nl("schedule.error.defaultMinutesWhole",
                    body.minutes().toPlainString()));
        }
        try {
            schedule.setDefaultMinutesLate(school, minutes);
        } catch (UserFacingException e) {
            throw new ApiProblems.BadRequest(Messages.nl("schedule.error.defaultMinutes"));
        }
        return new MinutesBody(schedule.defaultMinutesLate(school));
    }

    /** The body is received within the upload limits (a file on disk, never held in memory), then read. */
    private ResponseEntity<ImportResponse> fromBody(HttpServletRequest request, Function<InputStream, ImportResult> use)
            throws IOException {
        Path file;
        try (InputStream body = request.getInputStream()) {
            file = uploads.receive(body, request.getContentLengthLong());
        }
        try {
            return answer(use.apply(Files.newInputStream(file)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static ResponseEntity<ImportResponse> answer(ImportResult result) {
        return ResponseEntity.status(result.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(ImportResponse.of(result));
    }

    private School school(String brin) {
        return schools.requireByBrin(brin);
    }
}
