package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.importing.reading.RegistrationParser;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.SampleVo;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The VO sample (40 pupils, 8400 registrations) stored under a school of its own: the aggregates give
 * every pupil exactly the figures the pure rules give, and the hand-counted pupils their known numbers.
 */
@IntegrationTest
class SampleFiguresIntegrationTest {

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired FiguresService figures;

    @Test
    void every_sample_pupil_has_the_figures_of_the_pure_rules() throws IOException {
        Map<String, List<Lesson>> byPupil = new TreeMap<>();
        try (InputStream in = SampleVo.open("registraties.csv")) {
            RegistrationParser.parse(in, ColumnMapping.canonical(),
                    r -> byPupil.computeIfAbsent(r.leerling(), k -> new ArrayList<>()).add(r.lesson()), e -> {
                        throw new AssertionError(e.toString());
                    });
        }
        School school = data.school("FS01", Sector.VO);
        Map<Long, List<Lesson>> byId = new TreeMap<>();
        List<nl.aanwezig.attendance.RegistrationRecord> all = new ArrayList<>();
        byPupil.forEach((leerling, lessons) -> {
            Pupil p = data.pupil(school, leerling, "2B", "m.fs01");
            byId.put(p.id(), lessons);
            lessons.forEach(l -> all.add(Imports.record(p.id(), l)));
        });
        imports.write(school.id(), all);

        Map<Long, Figures> sql = figures.perPupil(new Scope.OfSchool(school.id()), Period.schoolYear(2026));
        assertThat(sql).hasSize(40);
        byId.forEach((id, lessons) -> assertThat(sql.get(id)).as("pupil " + id).isEqualTo(Figures.of(lessons)));
        // the hand counts of SampleDataTest
        assertThat(sql.get(idOf(school, "100004"))).isEqualTo(new Figures(10500, 4150, 3650, 2700, 0, 0, 6));
        assertThat(sql.get(idOf(school, "100003"))).isEqualTo(new Figures(10500, 10050, 0, 0, 30, 450, 0));
    }

    private long idOf(School school, String leerling) {
        return data.pupil(school, leerling, "2B", "m.fs01").id();
    }
}
