package nl.aanwezig.attendance.importing;

import static nl.aanwezig.attendance.importing.ImportTestFiles.REGISTRATIONS_HEADER;
import static nl.aanwezig.attendance.importing.ImportTestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.importing.reading.RegistrationParser;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The figures after imports through the app equal the pure rules, for pupil-days that are entirely new (built from
 * the staged rows) and for days that already had registrations before the import ("partly new", recomputed from
 * {@code registration}), and importing the same file twice changes nothing.
 */
@IntegrationTest
@WithMockUser(username = "fig-admin", roles = "ADMIN")
class FiguresAfterImportIntegrationTest {

    private static final String BRIN = "77FI";

    @Autowired ImportService imports;
    @Autowired TestData data;
    @Autowired FiguresService figures;

    private final Map<String, Pupil> pupils = new TreeMap<>();

    @BeforeEach
    void pupils() {
        data.account("fig-admin", Role.ADMIN, null);
        School school = data.school(BRIN, Sector.VO);
        for (String nr : List.of("2001", "2002", "2003")) {
            pupils.put(nr, data.pupil(school, nr, "1A", null));
        }
    }

    @Test
    void new_and_partly_new_days_have_the_figures_of_the_pure_rules() throws java.io.IOException {
        String first = REGISTRATIONS_HEADER
                + "77FI;2001;2026-03-02;08:30;09:20;aanwezig;;\n"
                + "77FI;2001;2026-03-02;09:20;10:10;afwezig;ziek;\n"
                + "77FI;2001;2026-03-02;10:30;11:20;te_laat;;7\n"
                + "77FI;2002;2026-03-02;08:30;09:20;afwezig;spijbelen;\n"
                + "77FI;2002;2026-03-02;09:20;10:10;aanwezig;;\n"
                + "77FI;2001;2026-03-03;08:30;09:20;aanwezig;;\n";
        // 2001 on 2 March and 2002 on 2 March are partly new; the rest is entirely new
        String second = REGISTRATIONS_HEADER
                + "77FI;2001;2026-03-02;11:20;12:10;afwezig;medisch;\n"
                + "77FI;2001;2026-03-02;12:40;13:30;te_laat;;12\n"
                + "77FI;2003;2026-03-02;08:30;09:20;afwezig;ziek;\n"
                + "77FI;2002;2026-03-02;10:30;11:20;afwezig;luxeverzuim;\n"
                + "77FI;2002;2026-03-04;08:30;09:20;te_laat;;3\n"
                + "77FI;2002;2026-03-04;09:20;10:10;afwezig;ziek;\n"
                + "77FI;2001;2026-03-05;08:30;09:20;afwezig;onbekend;\n";
        assertThat(importFile(first).accepted()).isEqualTo(6);
        assertFiguresOf(first);
        assertThat(importFile(second).accepted()).isEqualTo(7);
        assertFiguresOf(first + second.substring(REGISTRATIONS_HEADER.length()));

        ImportResult again = importFile(second);
        assertThat(again.accepted()).isZero();
        assertThat(again.rejected()).isZero();
        assertFiguresOf(first + second.substring(REGISTRATIONS_HEADER.length()));
    }

    private ImportResult importFile(String file) {
        return imports.importRegistrations(csv(file),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical()), ImportProgress.NONE);
    }

    /** Per pupil and per day, and per month from the rollup, the stored figures equal Figures.of of the lessons. */
    private void assertFiguresOf(String file) throws java.io.IOException {
        Map<String, List<Lesson>> byPupil = new TreeMap<>();
        RegistrationParser.parse(csv(file), ColumnMapping.canonical(),
                r -> byPupil.computeIfAbsent(r.leerling(), k -> new ArrayList<>()).add(r.lesson()), e -> {
                    throw new AssertionError(e.toString());
                });
        Period march = Period.month(YearMonth.of(2026, 3));
        byPupil.forEach((nr, lessons) -> {
            long id = pupils.get(nr).id();
            assertThat(figures.perPupil(new Scope.OfPupil(id), march).get(id)).as(nr).isEqualTo(Figures.of(lessons));
            Figures expected = Figures.of(lessons);
            FiguresService.Attendance fromMonths = figures.attendancePerPupil(new Scope.OfPupil(id), march).get(id);
            assertThat(fromMonths).isEqualTo(new FiguresService.Attendance(expected.scheduledMinutes(),
                    expected.presentMinutes()));
            for (LocalDate day = march.from(); !day.isAfter(LocalDate.of(2026, 3, 6)); day = day.plusDays(1)) {
                LocalDate d = day;
                List<Lesson> ofDay = lessons.stream().filter(l -> l.date().equals(d)).toList();
                Figures stored = figures.perPupil(new Scope.OfPupil(id), Period.custom(d, d)).get(id);
                assertThat(stored).as(nr + " " + d).isEqualTo(ofDay.isEmpty() ? null : Figures.of(ofDay));
            }
        });
    }
}
