package nl.aanwezig.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit CSV never hands a spreadsheet a formula (OWASP CSV injection). */
class AuditCsvTest {

    @Test
    void a_cell_starting_with_a_formula_character_gets_a_quote_before_it() {
        assertThat(AuditCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(AuditCsv.cell("+31 6")).isEqualTo("'+31 6");
        assertThat(AuditCsv.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(AuditCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void a_cell_starting_with_a_tab_or_a_carriage_return_is_defused_too() {
        assertThat(AuditCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(AuditCsv.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void an_ordinary_cell_is_written_as_it_is() {
        assertThat(AuditCsv.cell("dossier a=b")).isEqualTo("dossier a=b");
        assertThat(AuditCsv.cell(null)).isEmpty();
    }

    @Test
    void the_whole_file_defuses_a_detail_that_starts_with_a_tab() {
        String csv = AuditCsv.of(List.of(new AuditSearch.Row(1, Instant.parse("2026-10-05T08:00:00Z"), "t-oc", Role.OC,
                "1001", "DOSSIER_READ", true, "\t=cmd|' /C calc'!A0", "127.0.0.1")));
        assertThat(csv.lines().toList().get(1)).contains(";'\t=cmd|' /C calc'!A0;");
    }
}
