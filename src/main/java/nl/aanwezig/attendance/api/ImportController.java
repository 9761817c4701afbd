package nl.aanwezig.attendance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.ImportProgress;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.ImportService;
import nl.aanwezig.base.upload.UploadReceiver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports for pupil administrations and scripts: the file is the request body, received into a temporary file
 * within the upload limits (never held in memory) and imported once it is complete, so a slow sender holds no
 * database connection. 200 when the file was processed, 422 when it was refused as a whole, 413 when it is too
 * large, 408 when it came in too slowly.
 */
@RestController
@RequestMapping(path = "/api/v1/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Import", description = "Leerlingen en registraties inlezen (CSV of XLSX, canoniek formaat of een kolomindeling)")
public class ImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportService imports;
    private final UploadReceiver uploads;
    private final ImportParameters parameters;

    ImportController(ImportService imports, UploadReceiver uploads, ImportParameters parameters) {
        this.imports = imports;
        this.uploads = uploads;
        this.parameters = parameters;
    }

    @PostMapping(path = "/pupils", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    @Operation(summary = "Leerlingen importeren", description = "Maakt leerlingen aan of werkt ze bij per school en "
            + "leerlingnummer. De klas moet een bestaande klas van de school zijn (de beheerder maakt klassen aan) en een "
            + "mentor, als die er is, een actief mentoraccount van de school; anders wordt de regel geweigerd (422 met "
            + "regelnummer bij alles of niets). Twee keer hetzelfde bestand verandert niets.")
    @FileBody
    @ImportResponses
    public ResponseEntity<ImportResponse> pupils(
            @Parameter(description = "ALL_OR_NOTHING (standaard) of VALID_ONLY") @RequestParam(required = false) String mode,
            @Parameter(description = "naam van een opgeslagen kolomindeling") @RequestParam(required = false) String mapping,
            HttpServletRequest request) throws IOException {
        return run(ImportKind.PUPILS, mode, mapping, request);
    }

    @PostMapping(path = "/registrations", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    @Operation(summary = "Registraties importeren", description = "Voegt registraties van bekende leerlingen toe. "
            + "Een registratie die al bestaat met dezelfde waarde is ongewijzigd; met een andere waarde is het een fout.")
    @FileBody
    @ImportResponses
    public ResponseEntity<ImportResponse> registrations(
            @Parameter(description = "ALL_OR_NOTHING (standaard) of VALID_ONLY") @RequestParam(required = false) String mode,
            @Parameter(description = "naam van een opgeslagen kolomindeling") @RequestParam(required = false) String mapping,
            HttpServletRequest request) throws IOException {
        return run(ImportKind.REGISTRATIONS, mode, mapping, request);
    }

    @PostMapping(path = "/timetable", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    @Operation(summary = "Lesrooster importeren", description = "Kolommen school;klas;leerling;weekdag;lesuur;geldig_van;"
            + "geldig_tot (leerling leeg: de hele klas). Vervangt het rooster van elke klas en leerling in het bestand (andere klassen blijven); de "
            + "perioden van eerdere verzuimexports worden opnieuw afgeleid. Lesuren moeten in de lestijden staan.")
    @FileBody
    @ImportResponses
    public ResponseEntity<ImportResponse> timetable(
            @Parameter(description = "ALL_OR_NOTHING (standaard) of VALID_ONLY") @RequestParam(required = false) String mode,
            @Parameter(description = "naam van een opgeslagen kolomindeling") @RequestParam(required = false) String mapping,
            @Parameter(description = "BRIN van de school als het bestand geen kolom school heeft")
            @RequestParam(required = false) String school,
            HttpServletRequest request) throws IOException {
        return run(ImportKind.TIMETABLE, new ImportOptions(ImportParameters.mode(mode),
                parameters.mapping(ImportKind.TIMETABLE, mapping, null), new ImportOptions.ExportScope(school, null, null)),
                request);
    }

    @PostMapping(path = "/absences", consumes = {"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    @Operation(summary = "Verzuimexport importeren (alleen absenties, eigen codes)", description = "Kolommen school;"
            + "leerling;datum;lesuur;code;minuten_te_laat. De absenties vervangen die van de periode from..to (standaard "
            + "de eerste t/m laatste datum in het bestand); elke geroosterde les zonder absentie telt als aanwezig. "
            + "Onbekende codes: 422 met de lijst unknownCodes, niets ingelezen. Een school zonder lesrooster: 422. Haalt het "
            + "bestand meer dan een vijfde van de geregistreerde lessen van de periode weg: 422 met lessonsToRemove, niets "
            + "ingelezen, tot dezelfde aanroep dat aantal als confirm meestuurt.")
    @FileBody
    @ImportResponses
    public ResponseEntity<ImportResponse> absences(
            @Parameter(description = "ALL_OR_NOTHING (standaard) of VALID_ONLY") @RequestParam(required = false) String mode,
            @Parameter(description = "naam van een opgeslagen kolomindeling") @RequestParam(required = false) String mapping,
            @Parameter(description = "kolomnamen van een voorinstelling: magister, somtoday, parnassys, esis")
            @RequestParam(required = false) String preset,
            @Parameter(description = "BRIN van de school als het bestand geen kolom school heeft")
            @RequestParam(required = false) String school,
            @Parameter(description = "eerste dag die de export beslaat (JJJJ-MM-DD)") @RequestParam(required = false) String from,
            @Parameter(description = "laatste dag die de export beslaat (JJJJ-MM-DD)") @RequestParam(required = false) String to,
            @Parameter(description = "het aantal geregistreerde lessen dat het bestand mag weghalen, zoals een eerdere "
                    + "weigering het noemde (lessonsToRemove)") @RequestParam(required = false) Integer confirm,
            HttpServletRequest request) throws IOException {
        ImportOptions.ExportScope scope = parameters.absenceScope(school, from, to, confirm);
        return run(ImportKind.ABSENCES, new ImportOptions(ImportParameters.mode(mode),
                parameters.mapping(ImportKind.ABSENCES, mapping, preset), scope), request);
    }

    private ResponseEntity<ImportResponse> run(ImportKind kind, String mode, String mapping, HttpServletRequest request)
            throws IOException {
        return run(kind, new ImportOptions(ImportParameters.mode(mode), parameters.mapping(kind, mapping, null)), request);
    }

    private ResponseEntity<ImportResponse> run(ImportKind kind, ImportOptions options, HttpServletRequest request)
            throws IOException {
        // the parameters were read first: a bad one is answered before the body is read
        Path file;
        try (InputStream body = request.getInputStream()) {
            file = uploads.receive(body, request.getContentLengthLong());
        }
        ImportResult result;
        try {
            result = imports.importFile(kind, file, options, ImportProgress.NONE);
        } finally {
            Files.deleteIfExists(file);
        }
        return ResponseEntity.status(result.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(ImportResponse.of(result));
    }
}
