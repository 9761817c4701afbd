package nl.aanwezig.attendance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.AuditEntries;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.SampleVo;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The VO sample (BRIN 12AB, as shipped) through the service: everything in, then nothing changes. */
@IntegrationTest
@WithMockUser(username = "sample-admin", roles = "ADMIN")
class SampleImportIntegrationTest {

    @Autowired
    ImportService imports;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditEntries audit;

    @BeforeEach
    void schoolAndAdmin() {
        data.school("12AB", Sector.VO);
        data.account("sample-admin", Role.ADMIN, null);
        data.classesAndMentorsOf(SampleVo.text("pupils.csv"));
    }

    @Test
    void sample_imports_completely_and_a_second_import_changes_nothing() throws IOException {
        ImportResult pupils = importFile("pupils.csv", true);
        assertThat(pupils.errors()).isEmpty();
        assertThat(pupils.accepted() + pupils.unchanged()).isEqualTo(40);

        List<Long> progress = new ArrayList<>();
        ImportResult first;
        try (InputStream in = SampleVo.open("registraties.csv")) {
            first = imports.importRegistrations(in, ImportOptions.defaults(), progress::add);
        }
        assertThat(first).isEqualTo(new ImportResult(8400, 0, 0, List.of(), false));
        assertThat(progress).containsExactly(8400L);
        assertThat(registrationsOf12AB()).isEqualTo(8400);

        ImportResult second = importFile("registraties.csv", false);
        assertThat(second).isEqualTo(new ImportResult(0, 8400, 0, List.of(), false));
        assertThat(registrationsOf12AB()).isEqualTo(8400);

        assertThat(importFile("pupils.csv", true)).isEqualTo(new ImportResult(0, 40, 0, List.of(), false));
        assertThat(audit.findByUsernameOrderByIdAsc("sample-admin")).extracting(e -> e.action())
                .containsSubsequence("IMPORT_PUPILS", "IMPORT_REGISTRATIONS", "IMPORT_REGISTRATIONS", "IMPORT_PUPILS");
    }

    private ImportResult importFile(String name, boolean pupils) throws IOException {
        try (InputStream in = SampleVo.open(name)) {
            return pupils ? imports.importPupils(in, ImportOptions.defaults(), ImportProgress.NONE)
                    : imports.importRegistrations(in, ImportOptions.defaults(), ImportProgress.NONE);
        }
    }

    private int registrationsOf12AB() {
        return jdbc.queryForObject("""
                select count(*) from registration r join pupil p on p.id = r.pupil_id join school s on s.id = p.school_id
                where s.brin = '12AB'""", Integer.class);
    }
}
