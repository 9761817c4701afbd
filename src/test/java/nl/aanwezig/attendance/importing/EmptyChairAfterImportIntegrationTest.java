package nl.aanwezig.attendance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Today's unexplained absences in an import open the pupil's case once the import is committed. */
@IntegrationTest
@WithMockUser(username = "chair-oc", roles = "OC")
class EmptyChairAfterImportIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    Cases cases;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_import_with_todays_onbekend_absence_opens_a_case_and_a_refused_one_does_not() {
        School school = data.school("33EC", Sector.VO);
        data.account("chair-oc", Role.OC, school);
        Pupil absent = data.pupil(school, "5001", "1C", "chair-mentor");
        Pupil refusedPupil = data.pupil(school, "5002", "1C", "chair-mentor");
        clock.set(LocalDateTime.of(2031, 11, 4, 10, 0)); // a Tuesday

        ImportResult refused = imports.importRegistrations(ImportTestFiles.csv(ImportTestFiles.REGISTRATIONS_HEADER
                + "33EC;5002;2031-11-04;08:30;09:20;afwezig;onbekend;\n"
                + "33EC;5002;2031-11-04;09:20;10:10;afwezig;weet niet;\n"), ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(refused.refused()).isTrue();
        assertThat(cases.findByPupilIdAndStatus(refusedPupil.id(), PupilCase.Status.OPEN)).isEmpty();

        ImportResult result = imports.importRegistrations(ImportTestFiles.csv(ImportTestFiles.REGISTRATIONS_HEADER
                + "33EC;5001;2031-11-04;08:30;09:20;afwezig;onbekend;\n"
                + "33EC;5001;2031-11-04;09:20;10:10;afwezig;onbekend;\n"), ImportOptions.defaults(), ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(cases.findByPupilIdAndStatus(absent.id(), PupilCase.Status.OPEN)).isPresent();
    }
}
