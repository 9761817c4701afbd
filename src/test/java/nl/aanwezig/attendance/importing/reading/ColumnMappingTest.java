package nl.aanwezig.attendance.importing.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void canonical_mapping_is_the_identity() {
        assertThat(ColumnMapping.canonical().sourceFor("minuten_te_laat")).isEqualTo("minuten_te_laat");
        assertThat(ColumnMapping.canonical().sourceFor("geboortedatum")).isEqualTo("geboortedatum");
    }

    @Test
    void unmapped_columns_keep_their_canonical_name() {
        ColumnMapping mapping = ColumnMapping.of(Map.of("leerling", "Leerlingnummer", "datum", "Datum les"));
        assertThat(mapping.sourceFor("leerling")).isEqualTo("Leerlingnummer");
        assertThat(mapping.sourceFor("datum")).isEqualTo("Datum les");
        assertThat(mapping.sourceFor("status")).isEqualTo("status");
    }

    @Test
    void mapping_survives_a_round_trip_through_properties_text() {
        ColumnMapping mapping = ColumnMapping.of(Map.of("leerling", "Leerlingnummer", "reden", "Reden=code"));
        String text = mapping.toProperties();

        assertThat(text).startsWith("school=school\nleerling=Leerlingnummer\nvoornaam=voornaam\n")
                .contains("\nreden=Reden=code\n", "\nlesuur=lesuur\n", "\ngeldig_tot=geldig_tot\n");
        assertThat(text.lines()).hasSize(ColumnMapping.allCanonicalColumns().size());
        assertThat(ColumnMapping.parse(text)).isEqualTo(mapping);
    }

    @Test
    void parse_ignores_comments_and_blank_lines() {
        ColumnMapping mapping = ColumnMapping.parse("# Magister\r\n\r\n klas = Stamgroep \r\n");
        assertThat(mapping.sourceFor("klas")).isEqualTo("Stamgroep");
        assertThat(mapping).isEqualTo(ColumnMapping.of(Map.of("klas", "Stamgroep")));
    }

    @Test
    void unknown_canonical_columns_are_rejected() {
        assertThatThrownBy(() -> ColumnMapping.of(Map.of("uur", "Uur")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("onbekende kolom 'uur'");
        assertThatThrownBy(() -> ColumnMapping.parse("klas"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("regel zonder '=': 'klas'");
        assertThatThrownBy(() -> ColumnMapping.canonical().sourceFor("x")).isInstanceOf(IllegalArgumentException.class);
    }
}
