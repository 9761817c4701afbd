package nl.aanwezig.admin.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.AccountForm;
import nl.aanwezig.admin.AccountImport;
import nl.aanwezig.admin.AccountInfo;
import nl.aanwezig.admin.NewAccount;
import nl.aanwezig.admin.AccountUploads;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff accounts. Answers never hold a password hash; a generated password is in the one answer that made it. */
@RestController
@RequestMapping(path = "/api/v1/admin/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Beheer: accounts", description = "Accounts van medewerkers en ketenpartners; alleen ADMIN")
class AdminAccountsController {

    private final AccountAdmin accounts;
    private final AccountImport imports;
    private final AccountUploads uploads;

    AdminAccountsController(AccountAdmin accounts, AccountImport imports, AccountUploads uploads) {
        this.accounts = accounts;
        this.imports = imports;
        this.uploads = uploads;
    }

    @GetMapping
    @Operation(summary = "Alle accounts (zonder wachtwoorden)")
    List<AccountInfo> list() {
        return accounts.list();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Account aanmaken", description = "Leeg wachtwoord: een eenmalig wachtwoord wordt gemaakt en "
            + "alleen in dit antwoord gegeven. Mentor en OC horen bij een school (BRIN), leerplicht, jeugdarts en SWV "
            + "eventueel bij een regio, admin bij geen van beide.")
    @ApiResponse(responseCode = "201", description = "aangemaakt")
    @ApiResponse(responseCode = "409", description = "de gebruikersnaam bestaat al")
    @ApiResponse(responseCode = "422", description = "onbekende rol of school, zwak wachtwoord, ontbrekende gegevens")
    ResponseEntity<NewAccount> create(@RequestBody AccountForm form) {
        NewAccount created = accounts.create(form);
        return ResponseEntity.created(URI.create("/api/v1/admin/accounts/" + created.account().username())).body(created);
    }

    @GetMapping("/{username}")
    @Operation(summary = "Eén account")
    AccountInfo get(@PathVariable String username) {
        return accounts.get(username);
    }

    @PutMapping(path = "/{username}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Account wijzigen", description = "Naam, rol, school en regio; gebruikersnaam en wachtwoord blijven.")
    AccountInfo update(@PathVariable String username, @RequestBody AccountForm form) {
        return accounts.update(username, form);
    }

    @PostMapping("/{username}/disable")
    @Operation(summary = "Account uitschakelen", description = "Kan daarna niet meer inloggen.")
    AccountInfo disable(@PathVariable String username) {
        return accounts.setEnabled(username, false);
    }

    @PostMapping("/{username}/enable")
    @Operation(summary = "Account weer inschakelen")
    AccountInfo enable(@PathVariable String username) {
        return accounts.setEnabled(username, true);
    }

    /** @param password empty or absent: a one-time password is generated */
    record NewPassword(String password) {
    }

    @PostMapping(path = "/{username}/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Wachtwoord opnieuw instellen", description = "Zonder wachtwoord: een eenmalig wachtwoord, alleen in dit antwoord.")
    NewAccount resetPassword(@PathVariable String username, @RequestBody(required = false) NewPassword body) {
        return accounts.resetPassword(username, body == null ? null : body.password());
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Accounts in bulk uit CSV", description = "Kolommen username;naam;rol;school;regio;wachtwoord. "
            + "Alles of niets: bij één foute regel wordt niets aangemaakt. Leeg wachtwoord: eenmalig wachtwoord in het antwoord.")
    @ApiResponse(responseCode = "200", description = "alle accounts aangemaakt")
    @ApiResponse(responseCode = "422", description = "geweigerd: de fouten per regel, niets aangemaakt")
    ResponseEntity<AccountImport.Result> importCsv(HttpServletRequest request) throws IOException {
        Path file;
        try (InputStream body = request.getInputStream()) {
            file = uploads.receive(body, request.getContentLengthLong());
        }
        try {
            AccountImport.Result result = imports.importFile(file);
            return ResponseEntity.status(result.refused() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK).body(result);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
