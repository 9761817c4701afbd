package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.BandCutoffs;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.signals.DuoReport;
import nl.aanwezig.attendance.signals.DuoRule;
import nl.aanwezig.attendance.signals.MazlRule;
import nl.aanwezig.attendance.signals.MazlSignal;

import nl.aanwezig.attendance.domain.Lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.SampleVo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The VO sample files (test resources, copied from the team's shared sample). Expected figures were computed independently with awk over
 * registraties.csv (minutes per status and reason, per pupil), and sick episodes by listing the sick dates.
 */
class SampleDataTest {

    private static final ImportFiles.Collected<PupilRow> PUPILS = new ImportFiles.Collected<>();
    private static final ImportFiles.Collected<RegistrationRow> REGISTRATIONS = new ImportFiles.Collected<>();
    private static final Map<String, List<Lesson>> LESSONS_BY_PUPIL = new TreeMap<>();

    @BeforeAll
    static void parseSampleFiles() throws IOException {
        try (InputStream in = SampleVo.open("pupils.csv")) {
            PupilCsvParser.parse(in, ColumnMapping.canonical(), PUPILS.ok::add, PUPILS.bad::add);
        }
        try (InputStream in = SampleVo.open("registraties.csv")) {
            RegistrationParser.parse(in, ColumnMapping.canonical(), REGISTRATIONS.ok::add, REGISTRATIONS.bad::add);
        }
        REGISTRATIONS.ok.forEach(r -> LESSONS_BY_PUPIL.computeIfAbsent(r.leerling(), k -> new ArrayList<>()).add(r.lesson()));
    }

    @Test
    void all_40_pupils_parse_without_errors() {
        assertThat(PUPILS.bad).isEmpty();
        assertThat(PUPILS.ok).hasSize(40);
        assertThat(PUPILS.ok.getFirst()).isEqualTo(new PupilRow(2, "12AB", "100000", "Leerling0", "Test0",
                LocalDate.of(2011, 1, 10), Sector.VO, "1A", "mentor0", false));
        assertThat(PUPILS.ok.getLast().line()).isEqualTo(41);
    }

    @Test
    void all_8400_registrations_parse_without_errors() {
        assertThat(REGISTRATIONS.bad).isEmpty();
        assertThat(REGISTRATIONS.ok).hasSize(8400);
        assertThat(REGISTRATIONS.ok.getLast().line()).isEqualTo(8401);
        assertThat(LESSONS_BY_PUPIL).hasSize(40);
    }

    @Test
    void figures_of_the_first_pupil_match_the_hand_count() {
        // 210 lessons of 50 minutes; 28 spijbelen, the rest aanwezig
        Figures figures = Figures.of(LESSONS_BY_PUPIL.get("100000"));
        assertThat(figures).isEqualTo(new Figures(10500, 9100, 0, 1400, 0, 0, 0));
        assertThat(figures.attendancePct()).isEqualTo(new BigDecimal("86.7"));
        assertThat(BandCutoffs.DEFAULT.classify(figures.attendancePct())).isEqualTo(Band.YELLOW);
        assertThat(BandCutoffs.MDMTSS_3_TIER.classify(figures.attendancePct())).isEqualTo(Band.RED);
    }

    @Test
    void figures_of_a_late_pupil_count_lateness_as_presence_minus_the_minutes_late() {
        // 30 te_laat lessons, 450 minutes late in total
        Figures figures = Figures.of(LESSONS_BY_PUPIL.get("100003"));
        assertThat(figures).isEqualTo(new Figures(10500, 10050, 0, 0, 30, 450, 0));
        assertThat(figures.attendancePct()).isEqualTo(new BigDecimal("95.7"));
    }

    @Test
    void figures_and_sick_reports_of_a_pupil_with_every_kind_of_absence() {
        // sick episodes: 31/8-4/9, 8/9, 14/9-21/9, 23/9, 25/9-5/10, 8/10-9/10
        Figures figures = Figures.of(LESSONS_BY_PUPIL.get("100004"));
        assertThat(figures).isEqualTo(new Figures(10500, 4150, 3650, 2700, 0, 0, 6));
        assertThat(figures.attendancePct()).isEqualTo(new BigDecimal("39.5"));
        assertThat(BandCutoffs.DEFAULT.classify(figures.attendancePct())).isEqualTo(Band.RED);
    }

    @Test
    void mazl_signals_of_the_pupil_with_six_sick_reports() {
        assertThat(MazlRule.detect(LESSONS_BY_PUPIL.get("100004"))).containsExactly(
                new MazlSignal(MazlSignal.Kind.FOURTH_REPORT_IN_12_WEEKS, LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 23)),
                new MazlSignal(MazlSignal.Kind.SEVENTH_CONSECUTIVE_DAY, LocalDate.of(2026, 9, 25), LocalDate.of(2026, 10, 5)));
    }

    @Test
    void duo_report_of_the_first_pupil_who_truanted_three_whole_days() {
        // full days of spijbelen on 7, 8, 9 and 15 Sep: 16 lesson hours reached on 9 Sep
        assertThat(DuoRule.detect(Sector.VO, LESSONS_BY_PUPIL.get("100000"), List.of())).containsExactly(
                new DuoReport(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 9), 21, DuoReportKind.DUO_16H));
    }
}
