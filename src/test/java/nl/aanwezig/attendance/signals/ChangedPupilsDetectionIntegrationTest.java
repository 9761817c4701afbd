package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Detection after an import that names the pupils it changed looks at those pupils only: another pupil of the school
 * whose figures moved without an import of theirs is left for the import that brings their registrations.
 */
@IntegrationTest
class ChangedPupilsDetectionIntegrationTest extends SignalScenario {

    @Autowired JdbcTemplate jdbc;

    @Test
    void an_import_naming_one_pupil_signals_only_that_pupil_and_an_import_naming_none_signals_the_whole_school() {
        Pupil imported = data.pupil(routes.school(), "p22d-named", "4A", "t-mentor");
        Pupil untouched = data.pupil(routes.school(), "p22d-other", "4A", "t-mentor");
        // both orange: two of four lessons a day missed (medisch); only the first pupil's lessons were imported
        registrations.insert(weeks(imported, 3, (day, i) -> i < 2 ? "medisch" : null));
        registrations.insert(weeks(untouched, 3, (day, i) -> i < 2 ? "medisch" : null));

        importOf(Set.of(imported.id()));

        assertThat(bandChanges()).contains("p22d-named").doesNotContain("p22d-other");
        assertThat(jdbc.queryForList("select band from pupil_band where pupil_id = ?", String.class, untouched.id()))
                .as("not looked at, so not remembered either").isEmpty();

        importOf(null);

        assertThat(bandChanges()).contains("p22d-named", "p22d-other");
        assertThat(bandChanges()).filteredOn("p22d-named"::equals).as("stored once per set of facts").hasSize(1);
    }

    @Test
    void a_day_import_naming_one_pupil_finds_the_dq_class_check_only_for_that_pupils_class() {
        Pupil named = data.pupil(routes.school(), "p22d-dq-named", "p22d-quiet-a", "t-mentor");
        Pupil other = data.pupil(routes.school(), "p22d-dq-other", "p22d-quiet-b", "t-mentor");
        // two classes where nobody was ever absent: a finding each, but only the named pupil's class is looked at
        registrations.insert(weeks(named, 3, (day, i) -> null));
        registrations.insert(weeks(other, 3, (day, i) -> null));

        importOf(Set.of(named.id()));

        assertThat(classFindings()).contains("p22d-quiet-a").doesNotContain("p22d-quiet-b");
        importOf(null);
        assertThat(classFindings()).contains("p22d-quiet-a", "p22d-quiet-b");
    }

    private void importOf(Set<Long> pupilIds) {
        tx.executeWithoutResult(s -> publisher.publishEvent(new RegistrationsImported(Set.of(routes.school().id()),
                MONDAY, MONDAY.plusWeeks(3).minusDays(3), null, pupilIds)));
    }

    private java.util.List<String> bandChanges() {
        return signals.ofSchool(routes.school().id(), SignalType.BAND_CHANGE, MONDAY, MONDAY.plusWeeks(5)).stream()
                .map(SignalStore.StoredSignal::leerling).toList();
    }

    private java.util.List<String> classFindings() {
        return jdbc.queryForList("select subject from data_quality_issue where school_id = ? and kind = ?",
                String.class, routes.school().id(), DataQualityIssue.Kind.CLASS_WITHOUT_ABSENCE.name());
    }
}
