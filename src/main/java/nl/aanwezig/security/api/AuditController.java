package nl.aanwezig.security.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.aanwezig.security.AuditCsv;
import nl.aanwezig.security.AuditSearch;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Everything the audit trail holds about one pupil, for an inzageverzoek of the parents: CSV by default, JSON
 * when asked for. Admins only ({@link AuditSearch}); the export itself is audited.
 */
@RestController
class AuditController {

    private static final String PATH = "/api/v1/admin/audit/pupils/{brin}/{leerling}";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditSearch search;

    AuditController(AuditSearch search) {
        this.search = search;
    }

    @GetMapping(path = PATH, produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String brin, @PathVariable String leerling) {
        String body = AuditCsv.of(search.pupilTrail(brin, leerling));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName(brin, leerling), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    List<AuditSearch.Row> json(@PathVariable String brin, @PathVariable String leerling) {
        return search.pupilTrail(brin, leerling);
    }

    static String fileName(String brin, String leerling) {
        return ("audit-" + brin + "-" + leerling).replaceAll("[^A-Za-z0-9-]", "_") + ".csv";
    }
}
