package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.domain.TestLessons;

import static nl.aanwezig.attendance.importing.reading.ImportFiles.csv;
import static nl.aanwezig.attendance.domain.TestLessons.date;
import static nl.aanwezig.attendance.domain.TestLessons.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.school.Sector;
import org.junit.jupiter.api.Test;

class ParserTest {

    private static final String REG_HEADER = "school;leerling;datum;start;eind;status;reden;minuten_te_laat\n";
    private static final String PUPIL_HEADER = "school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;startkwalificatie\n";

    private static ImportFiles.Collected<RegistrationRow> registrations(InputStream in, ColumnMapping mapping) throws IOException {
        ImportFiles.Collected<RegistrationRow> result = new ImportFiles.Collected<>();
        RegistrationParser.parse(in, mapping, result.ok::add, result.bad::add);
        return result;
    }

    private static ImportFiles.Collected<PupilRow> pupils(InputStream in) throws IOException {
        ImportFiles.Collected<PupilRow> result = new ImportFiles.Collected<>();
        PupilCsvParser.parse(in, ColumnMapping.canonical(), result.ok::add, result.bad::add);
        return result;
    }

    @Test
    void valid_registrations_become_lessons() throws IOException {
        var result = registrations(csv(REG_HEADER
                + "12AB;100234;2026-09-07;08:30;09:20;aanwezig;;\n"
                + "12AB;100234;2026-09-07;9:20;10:10;TE_LAAT;;10\n"
                + "12AB;100234;2026-09-07;10:30;11:20;afwezig;Ziek;0\n"), ColumnMapping.canonical());

        assertThat(result.bad).isEmpty();
        assertThat(result.ok).containsExactly(
                new RegistrationRow(2, "12AB", "100234", Lesson.present(date("2026-09-07"), time("08:30"), time("09:20"))),
                new RegistrationRow(3, "12AB", "100234", Lesson.late(date("2026-09-07"), time("09:20"), time("10:10"), 10)),
                new RegistrationRow(4, "12AB", "100234", Lesson.absent(date("2026-09-07"), time("10:30"), time("11:20"), AbsenceReason.ZIEK)));
    }

    @Test
    void each_bad_registration_row_is_reported_with_its_line_and_reason() throws IOException {
        var result = registrations(csv(REG_HEADER
                + "12AB;1;2026-13-01;08:30;09:20;aanwezig;;\n"
                + "12AB;1;2026-09-07;8.30;09:20;aanwezig;;\n"
                + "12AB;1;2026-09-07;09:20;08:30;aanwezig;;\n"
                + "12AB;1;2026-09-07;08:30;08:30;aanwezig;;\n"
                + "12AB;1;2026-09-07;08:30;09:20;weg;;\n"
                + "12AB;1;2026-09-07;08:30;09:20;afwezig;x;\n"
                + "12AB;1;2026-09-07;08:30;09:20;afwezig;;\n"
                + "12AB;1;2026-09-07;08:30;09:20;aanwezig;ziek;\n"
                + "12AB;1;2026-09-07;08:30;09:20;te_laat;;50\n"
                + "12AB;1;2026-09-07;08:30;09:20;te_laat;;\n"
                + "12AB;1;2026-09-07;08:30;09:20;te_laat;;0\n"
                + "12AB;1;2026-09-07;08:30;09:20;te_laat;;tien\n"
                + "12AB;1;2026-09-07;08:30;09:20;aanwezig;;5\n"
                + ";1;2026-09-07;08:30;09:20;aanwezig;;\n"
                + "12AB;1;2026-09-07;08:30;09:20;aanwezig;;\n"), ColumnMapping.canonical());

        assertThat(result.bad).containsExactly(
                new RowError(2, "ongeldige datum '2026-13-01'"),
                new RowError(3, "ongeldige tijd '8.30'"),
                new RowError(4, "eindtijd voor begintijd"),
                new RowError(5, "eindtijd gelijk aan begintijd"),
                new RowError(6, "onbekende status 'weg'"),
                new RowError(7, "onbekende reden 'x'"),
                new RowError(8, "reden ontbreekt bij afwezig"),
                new RowError(9, "reden 'ziek' bij status 'aanwezig'"),
                new RowError(10, "te laat langer dan de les"),
                new RowError(11, "minuten te laat ontbreken"),
                new RowError(12, "minuten te laat moet meer dan 0 zijn"),
                new RowError(13, "ongeldig aantal minuten 'tien'"),
                new RowError(14, "minuten te laat bij status 'aanwezig'"),
                new RowError(15, "veld 'school' is leeg"));
        assertThat(result.ok).extracting(RegistrationRow::line).containsExactly(16);
    }

    @Test
    void a_missing_column_gives_one_error_on_line_1_and_stops() throws IOException {
        var result = registrations(csv("school;leerling;start;eind;status\n12AB;1;08:30;09:20;aanwezig\n"), ColumnMapping.canonical());
        assertThat(result.bad).containsExactly(new RowError(1, "kolom 'datum' ontbreekt"));
        assertThat(result.ok).isEmpty();
    }

    @Test
    void missing_columns_are_named_as_the_mapping_expects_them() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(Map.of("datum", "Datum les", "start", "Van"));
        var result = registrations(csv("school;leerling;eind;status\n"), mapping);
        assertThat(result.bad).containsExactly(new RowError(1, "kolommen 'Datum les', 'Van' ontbreken"));
    }

    @Test
    void reason_and_lateness_columns_are_optional() throws IOException {
        var result = registrations(csv("school,leerling,datum,start,eind,status\n12AB,1,2026-09-07,08:30,09:20,aanwezig\n"),
                ColumnMapping.canonical());
        assertThat(result.bad).isEmpty();
        assertThat(result.ok).hasSize(1);
    }

    @Test
    void an_unclosed_quote_stops_the_file_after_the_last_good_row() throws IOException {
        var result = registrations(csv(REG_HEADER
                + "12AB;1;2026-09-07;08:30;09:20;aanwezig;;\n"
                + "12AB;\"1;2026-09-07;09:20;10:10;aanwezig;;\n"), ColumnMapping.canonical());
        assertThat(result.ok).extracting(RegistrationRow::line).containsExactly(2);
        assertThat(result.bad).extracting(RowError::line).containsExactly(3);
        assertThat(result.bad.getFirst().reason()).startsWith("bestand onleesbaar na regel 2: ");
    }

    @Test
    void registrations_are_read_from_xlsx_with_a_mapping() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(Map.of("leerling", "Leerlingnummer", "datum", "Datum"));
        InputStream xlsx = ImportFiles.xlsx(List.of(
                List.of("school", "Leerlingnummer", "Datum", "start", "eind", "status", "reden", "minuten_te_laat"),
                List.of("12AB", 100234, LocalDate.of(2026, 9, 7), 8.5 / 24, 9 / 24.0 + 20 / 1440.0, "te_laat", "", 10),
                List.of("12AB", 100234, "2026-09-07", "09:20", "10:10", "afwezig", "medisch", ""),
                List.of("12AB", 100234, "2026-02-30", "10:30", "11:20", "aanwezig", "", "")));

        var result = registrations(xlsx, mapping);
        assertThat(result.ok).containsExactly(
                new RegistrationRow(2, "12AB", "100234", Lesson.late(date("2026-09-07"), time("08:30"), time("09:20"), 10)),
                new RegistrationRow(3, "12AB", "100234", Lesson.absent(date("2026-09-07"), time("09:20"), time("10:10"), AbsenceReason.MEDISCH)));
        assertThat(result.bad).containsExactly(new RowError(4, "ongeldige datum '2026-02-30'"));
    }

    @Test
    void valid_pupils_are_read_and_mentor_may_be_empty() throws IOException {
        var result = pupils(ImportFiles.csvWithBom(PUPIL_HEADER.replace(';', ',')
                + "12AB,100234,Sem,de Vries,2011-03-14,vo,2B,j.jansen,nee\n"
                + "12AB,100235,Noor,Bakker,2014-05-01,PO,groep 6,,JA\n"));

        assertThat(result.bad).isEmpty();
        assertThat(result.ok).containsExactly(
                new PupilRow(2, "12AB", "100234", "Sem", "de Vries", LocalDate.of(2011, 3, 14), Sector.VO, "2B", "j.jansen", false),
                new PupilRow(3, "12AB", "100235", "Noor", "Bakker", LocalDate.of(2014, 5, 1), Sector.PO, "groep 6", "", true));
    }

    @Test
    void bad_pupil_rows_are_reported_with_line_and_reason() throws IOException {
        var result = pupils(csv(PUPIL_HEADER
                + "12AB;1;Sem;de Vries;14-03-2011;VO;2B;m;nee\n"
                + "12AB;2;Sem;de Vries;2011-03-14;HBO;2B;m;nee\n"
                + "12AB;3;Sem;de Vries;2011-03-14;VO;2B;m;misschien\n"
                + "12AB;4;;de Vries;2011-03-14;VO;2B;m;nee\n"));

        assertThat(result.ok).isEmpty();
        assertThat(result.bad).containsExactly(
                new RowError(2, "ongeldige datum '14-03-2011'"),
                new RowError(3, "onbekende sector 'HBO'"),
                new RowError(4, "ongeldige startkwalificatie 'misschien' (ja of nee)"),
                new RowError(5, "veld 'voornaam' is leeg"));
    }

    @Test
    void a_pupils_file_without_sector_column_is_refused() throws IOException {
        var result = pupils(csv(PUPIL_HEADER.replace(";sector", "") + "12AB;1;Sem;de Vries;2011-03-14;2B;m;nee\n"));
        assertThat(result.bad).containsExactly(new RowError(1, "kolom 'sector' ontbreekt"));
        assertThat(result.ok).isEmpty();
    }
}
