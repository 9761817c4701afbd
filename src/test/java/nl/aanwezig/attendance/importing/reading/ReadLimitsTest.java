package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.base.upload.RowError;
import static nl.aanwezig.attendance.importing.reading.ImportFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What a hostile CSV gets back: a line too long stops the reading, and a long value is never echoed whole. */
class ReadLimitsTest {

    private static final String HEADER = "school;leerling;datum;start;eind;status;reden;minuten_te_laat\n";

    private static ImportFiles.Collected<RegistrationRow> parse(String file, int maxLineChars) throws IOException {
        ImportFiles.Collected<RegistrationRow> result = new ImportFiles.Collected<>();
        RegistrationParser.parse(csv(file), ColumnMapping.canonical(), maxLineChars, result.ok::add, result.bad::add);
        return result;
    }

    @Test
    void a_line_longer_than_the_limit_stops_the_reading_with_its_line_number() throws IOException {
        var result = parse(HEADER
                + "12AB;1;2026-09-07;08:30;09:20;aanwezig;;\n"
                + "12AB;1;2026-09-07;09:20;10:10;" + "x".repeat(200) + ";;\n"
                + "12AB;1;2026-09-07;10:30;11:20;aanwezig;;\n", 100);

        assertThat(result.ok).extracting(RegistrationRow::line).containsExactly(2);
        assertThat(result.bad).containsExactly(
                new RowError(3, "regel 3 is langer dan 100 tekens; het bestand is vanaf daar niet gelezen"));
    }

    @Test
    void a_header_longer_than_the_limit_refuses_the_file_on_line_1() throws IOException {
        var result = parse("school;" + "x".repeat(200) + "\n12AB;1\n", 100);

        assertThat(result.ok).isEmpty();
        assertThat(result.bad).containsExactly(
                new RowError(1, "regel 1 is langer dan 100 tekens; het bestand is vanaf daar niet gelezen"));
    }

    @Test
    void every_invalid_value_is_echoed_cut_to_40_characters() throws IOException {
        String longValue = "y".repeat(5_000);
        String shown = "'" + "y".repeat(40) + "…'";
        var result = parse(HEADER
                + "12AB;1;" + longValue + ";08:30;09:20;aanwezig;;\n"
                + "12AB;1;2026-09-07;" + longValue + ";09:20;aanwezig;;\n"
                + "12AB;1;2026-09-07;08:30;09:20;" + longValue + ";;\n"
                + "12AB;1;2026-09-07;08:30;09:20;afwezig;" + longValue + ";\n"
                + "12AB;1;2026-09-07;08:30;09:20;aanwezig;" + longValue + ";\n"
                + "12AB;1;2026-09-07;08:30;09:20;te_laat;;" + longValue + "\n", 32_767);

        assertThat(result.bad).extracting(RowError::reason).containsExactly(
                "ongeldige datum " + shown, "ongeldige tijd " + shown, "onbekende status " + shown,
                "onbekende reden " + shown, "reden " + shown + " bij status 'aanwezig'",
                "ongeldig aantal minuten " + shown);
    }

    @Test
    void a_short_value_is_echoed_as_it_is() throws IOException {
        var result = parse(HEADER + "12AB;1;2026-09-07;08:30;09:20;vakantie;;\n", 32_767);

        assertThat(result.bad).containsExactly(new RowError(2, "onbekende status 'vakantie'"));
    }
}
