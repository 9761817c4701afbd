package nl.aanwezig.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import nl.aanwezig.admin.ClassAdmin;
import nl.aanwezig.admin.SchoolAdmin;
import nl.aanwezig.admin.SchoolForm;
import nl.aanwezig.admin.SchoolInfo;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Schools and their classes, for the admin and the scripts that set up a school. */
@RestController
@RequestMapping(path = "/api/v1/admin/schools", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Beheer: scholen", description = "Scholen (BRIN, naam, sector, regio, gemeente) en hun klassen; alleen ADMIN")
class AdminSchoolsController {

    private final SchoolAdmin schools;
    private final ClassAdmin classes;

    AdminSchoolsController(SchoolAdmin schools, ClassAdmin classes) {
        this.schools = schools;
        this.classes = classes;
    }

    @GetMapping
    @Operation(summary = "Alle scholen")
    List<SchoolInfo> list() {
        return schools.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "School aanmaken", description = "Regio en gemeente worden op naam aangemaakt als ze onbekend zijn.")
    @ApiResponse(responseCode = "201", description = "aangemaakt")
    @ApiResponse(responseCode = "200", description = "bestond al met precies deze gegevens: niets veranderd")
    @ApiResponse(responseCode = "409", description = "de BRIN bestaat al met andere gegevens")
    @ApiResponse(responseCode = "422", description = "ongeldige of ontbrekende gegevens")
    ResponseEntity<SchoolInfo> create(@RequestBody SchoolForm form) {
        SchoolAdmin.Saved saved = schools.create(form);
        if (!saved.created()) {
            return ResponseEntity.ok(saved.school());
        }
        return ResponseEntity.created(URI.create("/api/v1/admin/schools/" + saved.school().brin())).body(saved.school());
    }

    @GetMapping("/{brin}")
    @Operation(summary = "Eén school")
    SchoolInfo get(@PathVariable String brin) {
        return schools.get(brin);
    }

    @PutMapping(path = "/{brin}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "School wijzigen", description = "Naam, sector, regio en gemeente; de BRIN blijft.")
    SchoolInfo update(@PathVariable String brin, @RequestBody SchoolForm form) {
        return schools.update(brin, form);
    }

    /** @param name the class (VO) or group (PO), e.g. 1A or groep 5 */
    record NewClass(String name) {
    }

    @PostMapping(path = "/{brin}/classes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Klas toevoegen", description = "201 als de klas nieuw is, 200 als ze al bestond; antwoord: alle klassen.")
    ResponseEntity<List<String>> addClass(@PathVariable String brin, @RequestBody NewClass body) {
        boolean created = classes.add(brin, body.name());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(classes.of(brin));
    }

    @GetMapping("/{brin}/classes")
    @Operation(summary = "Klassen van een school")
    List<String> classes(@PathVariable String brin) {
        return classes.of(brin);
    }

    @DeleteMapping("/{brin}/classes/{name}")
    @Operation(summary = "Klas verwijderen", description = "Alleen een klas zonder leerlingen (anders 409).")
    ResponseEntity<Void> removeClass(@PathVariable String brin, @PathVariable String name) {
        classes.remove(brin, name);
        return ResponseEntity.noContent().build();
    }
}
