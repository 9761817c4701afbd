package nl.aanwezig.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.security.StaffAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts in bulk from a CSV file {@code username;naam;rol;school;regio;wachtwoord}, all or nothing: one bad
 * line and no account is created; the errors name the line, as the pupil import's do. An empty {@code wachtwoord}
 * gets a generated one-time password, returned once. Passwords never appear in an error. A file that is no UTF-8 text
 * (UTF-16, as some spreadsheets save "Unicode text") or no valid CSV (a quote not closed) is refused the same way,
 * with the line where reading failed.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class AccountImport {

    /** Thousands of accounts fit; a larger file is no list of staff. */
    static final long MAX_BYTES = 1 << 20;
    static final int MAX_ROWS = 2_000;
    static final int MAX_ERRORS = 100;
    static final List<String> REQUIRED = List.of("username", "naam", "rol");

    private final AccountRules rules;
    private final AccountAdmin admin;
    private final StaffAccounts accounts;
    private final AdminAudit audit;

    AccountImport(AccountRules rules, AccountAdmin admin, StaffAccounts accounts, AdminAudit audit) {
        this.rules = rules;
        this.admin = admin;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** A created account: its line, and the generated password when the line had none. */
    public record Created(int line, String username, String oneTimePassword) {

        @Override
        public String toString() {
            return "Created[" + line + ", " + username + "]";
        }
    }

    /** The outcome: the accounts created, or (refused) none and the first errors by line. */
    public record Result(List<Created> created, int rejected, List<RowError> errors, boolean errorsTruncated) {

        public boolean refused() {
            return rejected > 0;
        }
    }

    private record Valid(int line, AccountRules.Resolved account) {
    }

    @Transactional
    public Result importFile(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new AdminProblem(AdminProblem.Kind.INVALID, new Problems()
                    .add("file", "admin.import.error.tooLarge", MAX_BYTES / 1024).list());
        }
        List<RowError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(file);
        RowError notText = notUtf8(bytes);
        if (notText != null) {
            errors.add(notText);
        } else {
            try (BufferedReader reader = new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))) {
                StaffCsv csv = new StaffCsv(reader);
                List<String> missing = csv.missing(REQUIRED);
                if (!missing.isEmpty()) {
                    errors.add(new RowError(1, Messages.nl("admin.import.error.columns", String.join(", ", missing))));
                } else {
                    readRows(csv, valid, errors);
                }
            } catch (StaffCsv.BadCsvException e) {
                errors.add(new RowError(e.line(), Messages.nl("admin.import.error.badCsv")));
            }
        }
        if (!errors.isEmpty()) {
            List<RowError> first = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
            return new Result(List.of(), errors.size(), List.copyOf(first), errors.size() > MAX_ERRORS);
        }
        List<Created> created = valid.stream().map(v -> {
            admin.save(v.account());
            return new Created(v.line(), v.account().username(), v.account().generated() ? v.account().password() : null);
        }).toList();
        audit.changed("ADMIN_ACCOUNT_IMPORT", "accounts=" + created.size());
        return new Result(created, 0, List.of(), false);
    }

    /**
     * Why the file is no UTF-8 text, on the line where that shows, or {@code null}: UTF-16 (a byte order mark, or the
     * NUL bytes of its ASCII letters) on line 1, else the line of the first byte sequence UTF-8 does not have.
     */
    static RowError notUtf8(byte[] bytes) {
        boolean bom16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
        for (int i = 0; !bom16 && i < Math.min(bytes.length, 512); i++) {
            bom16 = bytes[i] == 0;
        }
        if (bom16) {
            return new RowError(1, Messages.nl("admin.import.error.utf16"));
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(in);
            return null;
        } catch (CharacterCodingException e) {
            // the decoder stops at the first bad sequence: its line is one more than the line breaks before it
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            return new RowError(line, Messages.nl("admin.import.error.notUtf8"));
        }
    }

    /** "rol: 'X' is geen rol. ..." - the column first, so the line tells what to mend. */
    private static String describe(AdminProblem.FieldMessage problem) {
        String text = Messages.text(problem.message());
        return problem.field() == null ? text : Messages.nl("admin.import.column." + problem.field()) + ": " + text;
    }

    private void readRows(StaffCsv csv, List<Valid> valid, List<RowError> errors) throws IOException {
        Map<String, Integer> firstLine = new HashMap<>();
        int rows = 0;
        for (StaffCsv.Row row = csv.next(); row != null; row = csv.next()) {
            if (++rows > MAX_ROWS) {
                errors.add(new RowError(row.line(), Messages.nl("admin.import.error.tooManyRows", MAX_ROWS)));
                return;
            }
            Problems problems = new Problems();
            AccountRules.Resolved account = rules.resolve(new AccountForm(row.get("username"), row.get("naam"),
                    row.get("rol"), row.get("school"), row.get("regio"), row.get("wachtwoord"), row.get("organisatie")), true,
                    problems);
            String username = account.username();
            if (username != null && firstLine.containsKey(username)) {
                problems.add("username", "admin.import.error.duplicate", username, firstLine.get(username));
            } else if (username != null && accounts.existsById(username)) {
                problems.add("username", "admin.account.error.exists", username);
            }
            if (username != null) {
                firstLine.putIfAbsent(username, row.line());
            }
            if (problems.isEmpty()) {
                valid.add(new Valid(row.line(), account));
            } else {
                errors.add(new RowError(row.line(), problems.list().stream().map(AccountImport::describe)
                        .collect(Collectors.joining(" "))));
            }
        }
    }
}
