package nl.aanwezig.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.aanwezig.admin.PlaceAdmin;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Regions (samenwerkingsverbanden) and municipalities by name: 201 when created, 200 when known already. */
@RestController
@RequestMapping(path = "/api/v1/admin", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Beheer: regio's en gemeenten", description = "Samenwerkingsverbanden en gemeenten; alleen ADMIN")
class AdminPlacesController {

    private final PlaceAdmin places;

    AdminPlacesController(PlaceAdmin places) {
        this.places = places;
    }

    record Name(String name) {
    }

    record PlaceJson(long id, String name) {
    }

    @GetMapping("/regions")
    @Operation(summary = "Alle regio's (samenwerkingsverbanden)")
    List<PlaceJson> regions() {
        return places.regions().stream().map(p -> new PlaceJson(p.id(), p.name())).toList();
    }

    @PostMapping(path = "/regions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Regio aanmaken", description = "201 als nieuw, 200 als de naam al bestond")
    ResponseEntity<PlaceJson> region(@RequestBody Name body) {
        return answer(places.region(body.name()));
    }

    @GetMapping("/municipalities")
    @Operation(summary = "Alle gemeenten")
    List<PlaceJson> municipalities() {
        return places.municipalities().stream().map(p -> new PlaceJson(p.id(), p.name())).toList();
    }

    @PostMapping(path = "/municipalities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Gemeente aanmaken", description = "201 als nieuw, 200 als de naam al bestond")
    ResponseEntity<PlaceJson> municipality(@RequestBody Name body) {
        return answer(places.municipality(body.name()));
    }

    private static ResponseEntity<PlaceJson> answer(PlaceAdmin.Place place) {
        return ResponseEntity.status(place.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new PlaceJson(place.id(), place.name()));
    }
}
