package nl.aanwezig.attendance.importing;

import static nl.aanwezig.attendance.importing.ImportTestFiles.PUPILS_HEADER;
import static nl.aanwezig.attendance.importing.ImportTestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.attendance.importing.reading.RowError;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Pupils: upsert by school and pupil number, classes on the way, and who may import for which school. */
@IntegrationTest
class PupilImportIntegrationTest {

    private static final String BRIN = "44PU";
    private static final String OTHER_BRIN = "44PV";

    @Autowired
    ImportService imports;
    @Autowired
    TestData data;
    @Autowired
    Pupils pupils;
    @Autowired
    SchoolClasses classes;

    School school;

    @BeforeEach
    void setUp() {
        school = data.school(BRIN, Sector.VO);
        data.school(OTHER_BRIN, Sector.PO);
        data.account("pupil-admin", Role.ADMIN, null);
        data.account("pupil-oc", Role.OC, school);
        data.account("pupil-mentor", Role.MENTOR, school);
    }

    @Test
    @WithMockUser(username = "pupil-admin", roles = "ADMIN")
    void pupils_are_created_then_left_alone_then_updated_when_their_facts_change() {
        String file = PUPILS_HEADER
                + "44PU;4001;Sem;de Vries;2011-03-14;VO;2B;j.jansen;nee\n"
                + "44PU;4002;Lotte;Bakker;2012-04-01;VO;1A;;ja\n";
        assertThat(run(file, ImportMode.ALL_OR_NOTHING)).isEqualTo(new ImportResult(2, 0, 0, List.of(), false));
        Pupil sem = pupils.findBySchoolIdAndLeerling(school.id(), "4001").orElseThrow();
        assertThat(sem.mentor()).isEqualTo("j.jansen");
        assertThat(classes.findById(sem.classId()).orElseThrow().name()).isEqualTo("2B");
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4002").orElseThrow().startQualification()).isTrue();

        assertThat(run(file, ImportMode.ALL_OR_NOTHING)).isEqualTo(new ImportResult(0, 2, 0, List.of(), false));

        String moved = file.replace("2B;j.jansen", "3B;p.pietersen");
        assertThat(run(moved, ImportMode.ALL_OR_NOTHING)).isEqualTo(new ImportResult(1, 1, 0, List.of(), false));
        Pupil after = pupils.findBySchoolIdAndLeerling(school.id(), "4001").orElseThrow();
        assertThat(after.id()).isEqualTo(sem.id());
        assertThat(after.mentor()).isEqualTo("p.pietersen");
        assertThat(classes.findById(after.classId()).orElseThrow().name()).isEqualTo("3B");
    }

    @Test
    @WithMockUser(username = "pupil-admin", roles = "ADMIN")
    void bad_pupil_rows_are_reported_and_valid_only_writes_the_rest() {
        String file = PUPILS_HEADER
                + "44PU;4101;Noa;Visser;2011-01-01;VO;1A;;nee\n"
                + "00ZZ;4102;Finn;Smit;2011-01-01;VO;1A;;nee\n"
                + "44PU;4103;Emma;Mulder;2011-13-01;VO;1A;;nee\n"
                + "44PU;4104;Daan;Bos;2011-01-01;VO;1A;;nee\n"
                + "44PU;4104;Daan;Bos;2011-01-01;VO;1B;;nee\n"
                + "44PU;4105;Julia;Dekker;2011-01-01;HBO;1A;;nee\n";

        ImportResult result = run(file, ImportMode.VALID_ONLY);

        assertThat(result.errors()).containsExactly(
                new RowError(3, "onbekende school '00ZZ'"),
                new RowError(4, "ongeldige datum '2011-13-01'"),
                new RowError(5, "dubbele leerling (ook op regel 6) met andere gegevens"),
                new RowError(6, "dubbele leerling (ook op regel 5) met andere gegevens"),
                new RowError(7, "onbekende sector 'HBO'"));
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4101")).isPresent();
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4104")).isEmpty();
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void an_oc_imports_pupils_of_their_own_school_only() {
        String file = PUPILS_HEADER
                + "44PU;4201;Sara;Jong;2011-01-01;VO;1A;;nee\n"
                + "44PV;4201;Sara;Jong;2011-01-01;PO;8;;nee\n";

        ImportResult result = run(file, ImportMode.ALL_OR_NOTHING);

        assertThat(result.errors()).containsExactly(new RowError(3, "geen toegang tot school 44PV"));
        assertThat(result.refused()).isTrue();
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4201")).isEmpty();
    }

    @Test
    @WithMockUser(username = "pupil-mentor", roles = "MENTOR")
    void a_mentor_may_not_import() {
        assertThatThrownBy(() -> run(PUPILS_HEADER, ImportMode.ALL_OR_NOTHING)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.importRegistrations(csv(""), ImportOptions.defaults(), ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "pupil-admin", roles = "ADMIN")
    void a_column_mapping_reads_a_school_specific_header() {
        ColumnMapping magister = ColumnMapping.of(java.util.Map.of("leerling", "Stamnr", "klas", "Stamgroep"));
        String file = "school;Stamnr;voornaam;achternaam;geboortedatum;sector;Stamgroep;startkwalificatie\n"
                + "44PU;4301;Mila;Peters;2011-01-01;VO;4H;nee\n";

        ImportResult result = imports.importPupils(csv(file), new ImportOptions(ImportMode.ALL_OR_NOTHING, magister),
                ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(1);
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4301").orElseThrow().mentor()).isNull();
    }

    private ImportResult run(String file, ImportMode mode) {
        return imports.importPupils(csv(file), new ImportOptions(mode, ColumnMapping.canonical()), ImportProgress.NONE);
    }
}
