package nl.aanwezig.attendance.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.ProblemDetail;

/** The answers an import gives, for the OpenAPI document. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "200", description = "verwerkt: geschreven, of niets te schrijven")
@ApiResponse(responseCode = "422", description = "bestand geweigerd (alles of niets met fouten, of onleesbaar): niets geschreven")
@ApiResponse(responseCode = "413", description = "bestand groter dan aanwezig.import.max-upload-size: niets gelezen",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "408", description = "upload te traag of te lang bezig: afgebroken, niets gelezen",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "400", description = "onbekende modus of kolomindeling",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "401", description = "niet ingelogd (HTTP Basic)", content = @Content)
@ApiResponse(responseCode = "403", description = "deze rol mag niet importeren", content = @Content)
@interface ImportResponses {
}
