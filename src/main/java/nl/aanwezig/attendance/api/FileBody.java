package nl.aanwezig.attendance.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The file as the request body, for the OpenAPI document. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
        description = "het bestand: CSV (UTF-8, ; of ,) of XLSX (eerste blad); de eerste regel is de kop",
        content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ImportController.XLSX, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))})
@interface FileBody {
}
