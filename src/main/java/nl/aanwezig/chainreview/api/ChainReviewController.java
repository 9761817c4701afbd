package nl.aanwezig.chainreview.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems.BadRequest;
import nl.aanwezig.base.api.ApiProblems.NotFound;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.ReviewView;
import nl.aanwezig.chainreview.export.RegistrationExport;
import nl.aanwezig.chainreview.export.ReviewReport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A region's chain reviews ({@code /api/v1/regions/{region}/chain-reviews}, {@code {region}} the region's id) and its
 * thuiszitters registration, for who takes part in the region's reviews (the services check: anyone else 403). A
 * review of another region, or none: 404; a format other than csv or xlsx: 400.
 */
@RestController
@Tag(name = "Ketenoverleg", description = "Ketenoverleggen van een regio en de thuiszittersregistratie")
class ChainReviewController {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ChainReviews reviews;
    private final RegistrationExport registration;
    private final ReviewReport report;
    private final Clock clock;

    ChainReviewController(ChainReviews reviews, RegistrationExport registration, ReviewReport report, Clock clock) {
        this.reviews = reviews;
        this.registration = registration;
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/api/v1/regions/{region}/chain-reviews")
    @Operation(summary = "Ketenoverleggen van een regio", description = "Nieuwste eerst.")
    List<ReviewView.Summary> list(@PathVariable long region) {
        return reviews.list(region);
    }

    @GetMapping("/api/v1/regions/{region}/chain-reviews/{id}")
    @Operation(summary = "Een ketenoverleg", description = "Leerlingen onder hun pseudoniem, behalve voor wie de naam "
            + "mag zien (de OC van de school van de leerling, deelnemers van de casus).")
    ReviewView review(@PathVariable long region, @PathVariable long id) {
        checkOfRegion(region, id);
        return reviews.view(id);
    }

    @GetMapping(value = "/api/v1/regions/{region}/chain-reviews/{id}/report.pdf")
    @Operation(summary = "Verslag van een ketenoverleg (PDF)", description = "Altijd gepseudonimiseerd.")
    ResponseEntity<byte[]> report(@PathVariable long region, @PathVariable long id) {
        ReviewView.Summary summary = checkOfRegion(region, id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        report.pdf(id, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("ketenoverleg-" + region + "-"
                        + summary.quarter().replaceAll("[^A-Za-z0-9-]", "_") + ".pdf"))
                .body(out.toByteArray());
    }

    @GetMapping("/api/v1/regions/{region}/thuiszitters")
    @Operation(summary = "Thuiszittersregistratie van een regio (XLSX of CSV)",
            description = "Geanonimiseerd en cumulatief: een rij per thuiszitter, met pseudoniem en status.")
    void thuiszitters(@PathVariable long region,
                      @Parameter(description = "xlsx (standaard) of csv") @RequestParam(defaultValue = "xlsx") String format,
                      HttpServletResponse response) throws IOException {
        if (!format.equals("csv") && !format.equals("xlsx")) {
            throw new BadRequest(Messages.nl("api.export.badFormat", Echo.of(format)));
        }
        // refused before the response is touched, so a refusal is still a problem detail
        reviews.list(region);
        boolean csv = format.equals("csv");
        response.setContentType((csv ? CSV : XLSX).toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                attachment("thuiszitters-" + region + "-" + LocalDate.now(clock) + "." + format));
        if (csv) {
            registration.csv(region, response.getOutputStream());
        } else {
            registration.xlsx(region, response.getOutputStream());
        }
        response.flushBuffer();
    }

    /** The review's summary when it is one of the region's; 403 when the user takes no part in the region. */
    private ReviewView.Summary checkOfRegion(long region, long id) {
        return reviews.list(region).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new NotFound(Messages.nl("chainreview.error.notFound")));
    }

    private static String attachment(String filename) {
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
