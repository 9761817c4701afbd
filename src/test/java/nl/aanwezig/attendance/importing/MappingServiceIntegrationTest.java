package nl.aanwezig.attendance.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class MappingServiceIntegrationTest {

    @Autowired
    MappingService mappings;
    @Autowired
    TestData data;

    @Test
    @WithMockUser(username = "map-admin", roles = "ADMIN")
    void a_mapping_is_saved_once_by_name_and_read_back() {
        data.account("map-admin", Role.ADMIN, null);
        SavedMapping saved = mappings.save("Somtoday registraties (test)", ImportKind.REGISTRATIONS,
                Map.of("leerling", "Leerlingnummer", "datum", "Lesdatum"));

        SavedMapping read = mappings.get("Somtoday registraties (test)").orElseThrow();
        assertThat(read.mapping()).isEqualTo(saved.mapping());
        assertThat(read.mapping().sourceFor("datum")).isEqualTo("Lesdatum");
        assertThat(read.createdBy()).isEqualTo("map-admin");
        assertThat(mappings.list(ImportKind.REGISTRATIONS)).extracting(SavedMapping::name).contains(read.name());
        assertThat(mappings.list(ImportKind.PUPILS)).extracting(SavedMapping::name).doesNotContain(read.name());
        assertThatThrownBy(() -> mappings.save("Somtoday registraties (test)", ImportKind.REGISTRATIONS, Map.of()))
                .isInstanceOf(UserFacingException.class).hasMessage("import.mapping.error.exists");
    }

    @Test
    @WithMockUser(username = "map-admin", roles = "ADMIN")
    void only_canonical_columns_of_the_kind_are_accepted() {
        data.account("map-admin", Role.ADMIN, null);
        assertThatThrownBy(() -> mappings.save("Fout", ImportKind.PUPILS, Map.of("datum", "Datum")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(Messages.text(e.messages().getFirst()))
                        .isEqualTo("Ongeldige kolomindeling: onbekende kolom 'datum'"));
        assertThatThrownBy(() -> mappings.save(" ", ImportKind.PUPILS, Map.of()))
                .isInstanceOf(UserFacingException.class).hasMessage("import.mapping.error.name");
    }

    @Test
    @WithMockUser(username = "map-mentor", roles = "MENTOR")
    void a_mentor_may_not_save_mappings() {
        assertThatThrownBy(() -> mappings.list(ImportKind.PUPILS)).isInstanceOf(AccessDeniedException.class);
    }
}
