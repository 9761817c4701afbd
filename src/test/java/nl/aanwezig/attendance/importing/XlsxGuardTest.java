package nl.aanwezig.attendance.importing;

import nl.aanwezig.base.upload.ImportLimits;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.support.SampleVo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The check of an XLSX's unpacked parts before fastexcel reads it: bombs refused, real workbooks let through. */
class XlsxGuardTest {

    @TempDir
    Path dir;

    @Test
    void a_small_workbook_that_unpacks_to_one_200_mb_cell_is_refused_for_its_cell_length() throws IOException {
        Path bomb = XlsxBombs.oneHugeCell(dir.resolve("bom.xlsx"), 200L << 20);
        assertThat(Files.size(bomb)).isLessThan(400_000); // the probe's file was 205 KB

        assertThat(XlsxGuard.refusal(bomb, ImportLimits.defaults()))
                .isEqualTo("het XLSX-bestand bevat een cel of tekst van meer dan 32767 tekens en is niet ingelezen");
    }

    @Test
    void a_workbook_whose_sheet_unpacks_to_more_than_100_times_its_size_is_refused_for_the_ratio() throws IOException {
        Path bomb = XlsxBombs.identicalRows(dir.resolve("rows.xlsx"), 200_000); // about 36 MB of identical rows

        assertThat(XlsxGuard.refusal(bomb, ImportLimits.defaults()))
                .isEqualTo("het XLSX-bestand pakt verdacht sterk uit (een onderdeel wordt meer dan 100 keer zo groot) "
                        + "en is niet ingelezen");
    }

    @Test
    void a_workbook_that_unpacks_beyond_the_total_maximum_is_refused() throws IOException {
        Path workbook = dir.resolve("big.xlsx");
        Files.write(workbook, sampleAsXlsx());
        ImportLimits oneMegabyte = new ImportLimits(DataSize.ofMegabytes(200), DataSize.ofKilobytes(10),
                Duration.ofSeconds(30), Duration.ofMinutes(30), DataSize.ofMegabytes(1), 100, 32_767);

        assertThat(XlsxGuard.refusal(workbook, oneMegabyte))
                .isEqualTo("het XLSX-bestand pakt uit tot meer dan 1 MB en is niet ingelezen; splits het bestand");
    }

    @Test
    void the_sample_as_a_workbook_stays_within_the_default_limits() throws IOException {
        Path workbook = dir.resolve("sample.xlsx");
        Files.write(workbook, sampleAsXlsx());

        assertThat(XlsxGuard.refusal(workbook, ImportLimits.defaults())).isNull();
    }

    /** The 8400 registrations of the VO sample, written by fastexcel as an export would be. */
    private static byte[] sampleAsXlsx() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (String line : SampleVo.text("registraties.csv").split("\n")) {
            rows.add(List.of(line.split(";", -1)));
        }
        return ImportTestFiles.xlsx(rows);
    }
}
