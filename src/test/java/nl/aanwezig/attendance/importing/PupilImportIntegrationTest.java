package nl.aanwezig.attendance.importing;

import static nl.aanwezig.attendance.importing.ImportTestFiles.PUPILS_HEADER;
import static nl.aanwezig.attendance.importing.ImportTestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Pupils: upsert by school and pupil number, who may import for which school, and the rows refused: a class the school
 * does not have, a mentor who is no active mentor of the school, another sector, an impossible birth date, a control
 * character.
 */
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
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    School school;

    @BeforeEach
    void setUp() {
        school = data.school(BRIN, Sector.VO);
        data.school(OTHER_BRIN, Sector.PO);
        data.account("pupil-admin", Role.ADMIN, null);
        data.account("pupil-oc", Role.OC, school);
        data.account("pupil-mentor", Role.MENTOR, school);
        // what the admin set up: the classes and the mentors the files below name
        data.classes(school, "1A", "1B", "2B", "3B", "4H");
        data.account("j.jansen", Role.MENTOR, school);
        data.account("p.pietersen", Role.MENTOR, school);
        data.classes(data.school(OTHER_BRIN, Sector.PO), "8");
    }

    @AfterEach
    void realTime() {
        clock.reset();
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

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void an_oc_may_not_make_the_leerplicht_officer_a_pupils_mentor() {
        String file = PUPILS_HEADER + "44PU;4401;Sem;de Vries;2011-03-14;VO;2B;t-leerplicht;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING),
                new RowError(2, "mentor 't-leerplicht' is geen actief mentoraccount van deze school"), "4401");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void a_mentor_nobody_logs_in_with_is_refused() {
        String file = PUPILS_HEADER
                + "44PU;4402;Lotte;Bakker;2012-04-01;VO;1A;pupil-mentor;nee\n"
                + "44PU;4403;Noa;Visser;2012-04-01;VO;1A;niemand.bekend;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING),
                new RowError(3, "mentor 'niemand.bekend' is geen actief mentoraccount van deze school"), "4402", "4403");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void a_mentor_of_another_school_is_refused() {
        // t-mentor is a mentor of T1VO (fixture), not of this school
        String file = PUPILS_HEADER + "44PU;4404;Finn;Smit;2011-01-01;VO;1A;t-mentor;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING),
                new RowError(2, "mentor 't-mentor' is geen actief mentoraccount van deze school"), "4404");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void a_disabled_mentor_account_is_refused() {
        data.account("pupil-mentor-gone", Role.MENTOR, school);
        jdbc.update("update staff_account set enabled = false where username = 'pupil-mentor-gone'");
        String file = PUPILS_HEADER + "44PU;4405;Emma;Mulder;2011-01-01;VO;1A;pupil-mentor-gone;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING),
                new RowError(2, "mentor 'pupil-mentor-gone' is geen actief mentoraccount van deze school"), "4405");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void valid_only_writes_the_pupils_with_a_mentor_of_the_school_or_none_and_leaves_the_others() {
        String file = PUPILS_HEADER
                + "44PU;4406;Daan;Bos;2011-01-01;VO;1A;pupil-mentor;nee\n"
                + "44PU;4407;Julia;Dekker;2011-01-01;VO;1A;t-leerplicht;nee\n"
                + "44PU;4408;Mila;Peters;2011-01-01;VO;1A;;nee\n";

        ImportResult result = run(file, ImportMode.VALID_ONLY);

        assertThat(result.errors()).containsExactly(
                new RowError(3, "mentor 't-leerplicht' is geen actief mentoraccount van deze school"));
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4406").orElseThrow().mentor()).isEqualTo("pupil-mentor");
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4407")).isEmpty();
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4408").orElseThrow().mentor()).isNull();
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void a_known_pupil_is_not_moved_to_a_mentor_of_another_school() {
        String file = PUPILS_HEADER + "44PU;4409;Sara;Jong;2011-01-01;VO;1A;pupil-mentor;nee\n";
        assertThat(run(file, ImportMode.ALL_OR_NOTHING).accepted()).isEqualTo(1);

        ImportResult moved = run(file.replace("pupil-mentor", "t-mentor-b"), ImportMode.ALL_OR_NOTHING);

        assertThat(moved.refused()).isTrue();
        assertThat(moved.errors()).containsExactly(
                new RowError(2, "mentor 't-mentor-b' is geen actief mentoraccount van deze school"));
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4409").orElseThrow().mentor()).isEqualTo("pupil-mentor");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void a_class_the_school_does_not_have_is_refused_and_not_created() {
        String file = PUPILS_HEADER + "44PU;4501;Sem;de Vries;2011-03-14;VO;5Q;;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING), new RowError(2,
                "onbekende klas '5Q' op deze school: de beheerder maakt klassen aan (Beheer, school, klassen)"), "4501");
        assertThat(classes.findBySchoolIdAndName(school.id(), "5Q")).isEmpty();
    }

    @Test
    @WithMockUser(username = "pupil-admin", roles = "ADMIN")
    void a_class_of_another_school_is_no_class_of_this_one() {
        // class 8 exists at 44PV only
        String file = PUPILS_HEADER + "44PU;4502;Sem;de Vries;2011-03-14;VO;8;;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING), new RowError(2,
                "onbekende klas '8' op deze school: de beheerder maakt klassen aan (Beheer, school, klassen)"), "4502");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void impossible_birth_dates_are_refused_with_their_lines() {
        clock.set(java.time.LocalDateTime.of(2026, 12, 7, 12, 0));
        String file = PUPILS_HEADER
                + "44PU;4601;Sem;de Vries;0001-01-01;VO;1A;;nee\n"
                + "44PU;4602;Lotte;Bakker;2999-01-01;VO;1A;;nee\n"
                + "44PU;4603;Noa;Visser;2024-01-01;VO;1A;;nee\n"
                + "44PU;4604;Finn;Smit;1996-12-06;VO;1A;;nee\n"
                + "44PU;4605;Emma;Mulder;1996-12-07;VO;1A;;nee\n"
                + "44PU;4606;Daan;Bos;2023-12-07;VO;1A;;nee\n";

        ImportResult result = run(file, ImportMode.VALID_ONLY);

        String between = ": een leerling is geboren tussen 7-12-1996 en 7-12-2023";
        assertThat(result.errors()).containsExactly(
                new RowError(2, "onmogelijke geboortedatum 1-1-0001" + between),
                new RowError(3, "onmogelijke geboortedatum 1-1-2999" + between),
                new RowError(4, "onmogelijke geboortedatum 1-1-2024" + between),
                new RowError(5, "onmogelijke geboortedatum 6-12-1996" + between));
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4601")).isEmpty();
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4605")).isPresent();
        assertThat(pupils.findBySchoolIdAndLeerling(school.id(), "4606")).isPresent();
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void a_nul_in_a_name_is_refused_with_its_line() {
        // past the first 8 KB, which the file check reads: there a NUL refuses the file as not being text
        StringBuilder file = new StringBuilder(PUPILS_HEADER);
        for (int i = 0; i < 200; i++) {
            file.append("44PU;47").append(String.format("%03d", i)).append(";Sem;de Vries;2011-03-14;VO;1A;;nee\n");
        }
        assertThat(file.length()).isGreaterThan(8192);
        file.append("44PU;4799;Lotte;Bak\u0000ker;2012-04-01;VO;1A;;nee\n");

        assertRefusedWithNothingWritten(run(file.toString(), ImportMode.ALL_OR_NOTHING),
                new RowError(202, "veld 'achternaam' bevat een stuurteken (zoals een NUL-teken); haal het weg"),
                "47000", "4799");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void another_control_character_in_a_name_is_refused_with_its_line() {
        String file = PUPILS_HEADER + "44PU;4801;Se\u001Bm;de Vries;2011-03-14;VO;1A;;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING),
                new RowError(2, "veld 'voornaam' bevat een stuurteken (zoals een NUL-teken); haal het weg"), "4801");
    }

    @Test
    @WithMockUser(username = "pupil-oc", roles = "OC")
    void a_po_pupil_in_a_vo_school_is_refused() {
        String file = PUPILS_HEADER + "44PU;4901;Sem;de Vries;2017-03-14;PO;1A;;nee\n";

        assertRefusedWithNothingWritten(run(file, ImportMode.ALL_OR_NOTHING),
                new RowError(2, "sector PO past niet bij deze school (sector VO)"), "4901");
    }

    @Test
    @WithMockUser(username = "pupil-admin", roles = "ADMIN")
    void a_vo_pupil_in_a_po_school_is_refused() {
        School po = data.school(OTHER_BRIN, Sector.PO);
        String file = PUPILS_HEADER + "44PV;4902;Sem;de Vries;2011-03-14;VO;8;;nee\n";

        ImportResult result = run(file, ImportMode.ALL_OR_NOTHING);

        assertThat(result.refused()).isTrue();
        assertThat(result.errors()).containsExactly(new RowError(2, "sector VO past niet bij deze school (sector PO)"));
        assertThat(pupils.findBySchoolIdAndLeerling(po.id(), "4902")).isEmpty();
    }

    private void assertRefusedWithNothingWritten(ImportResult result, RowError error, String... leerlingen) {
        assertThat(result.refused()).isTrue();
        assertThat(result.accepted()).isZero();
        assertThat(result.errors()).containsExactly(error);
        for (String leerling : leerlingen) {
            assertThat(pupils.findBySchoolIdAndLeerling(school.id(), leerling)).isEmpty();
        }
    }

    private ImportResult run(String file, ImportMode mode) {
        return imports.importPupils(csv(file), new ImportOptions(mode, ColumnMapping.canonical()), ImportProgress.NONE);
    }
}
