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

    /**
     * A nightly export imported on Monday morning before the first lesson: Friday's unexplained absence still reaches
     * the mentor (the school day before counts too); Thursday's, two school days back, opens nothing.
     */
    @Test
    @WithMockUser(username = "chair-oc-monday", roles = "OC")
    void a_monday_morning_import_signals_fridays_empty_chair_but_not_thursdays() {
        School school = data.school("33ED", Sector.VO);
        data.account("chair-oc-monday", Role.OC, school);
        Pupil friday = data.pupil(school, "6001", "1C", "chair-mentor");
        Pupil thursday = data.pupil(school, "6002", "1C", "chair-mentor");
        clock.set(LocalDateTime.of(2031, 11, 10, 6, 0)); // a Monday, 06:00

        ImportResult result = imports.importRegistrations(ImportTestFiles.csv(ImportTestFiles.REGISTRATIONS_HEADER
                + "33ED;6001;2031-11-07;08:30;09:20;afwezig;onbekend;\n"
                + "33ED;6002;2031-11-06;08:30;09:20;afwezig;onbekend;\n"), ImportOptions.defaults(), ImportProgress.NONE);

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(cases.findByPupilIdAndStatus(friday.id(), PupilCase.Status.OPEN)).as("Friday's chair").isPresent();
        assertThat(cases.findByPupilIdAndStatus(thursday.id(), PupilCase.Status.OPEN)).as("Thursday's chair").isEmpty();
    }
}
