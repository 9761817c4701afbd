package nl.aanwezig.security.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.AuditEntries;
import nl.aanwezig.security.AuditEntry;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.AuditSearch;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin's audit screen: filters, lazy paging, the export of one pupil's trail, and who may not open it. */
@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    static final String READ = "DOSSIER_READ";

    @Autowired TestData data;
    @Autowired AuditLog log;
    @Autowired AuditEntries entries;
    @Autowired AuditSearch search;
    @Autowired TestClock clock;
    Pupil a;
    Pupil b;

    /** Two readers and two pupils on two days (1 and 15 October 2025), written once for the whole class. */
    @BeforeEach
    void trail() {
        School school = data.school("AV01", Sector.VO);
        a = data.pupil(school, "av-1", "1A", "m.av01");
        b = data.pupil(school, "av-2", "1A", "m.av01");
        if (!entries.findByUsernameOrderByIdAsc("av-reader1").isEmpty()) {
            return;
        }
        try {
            clock.set(LocalDateTime.of(2025, 10, 1, 10, 0));
            read("av-reader1", a, true);
            read("av-reader2", b, true);
            clock.set(LocalDateTime.of(2025, 10, 15, 11, 0));
            read("av-reader1", b, true);
            read("av-reader2", a, true);
            read("av-reader2", a, false);
        } finally {
            clock.reset();
        }
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void the_screen_filters_by_pupil_user_and_period_and_pages_lazily() {
        AuditView view = navigate(AuditView.class);
        assertThat(entries.findByUsernameOrderByIdAsc("t-admin")).as("opening the screen is a search, audited")
                .extracting(AuditEntry::action).contains(AuditSearch.VIEWED);
        assertThat(view.grid.getDataProvider().isInMemory()).as("lazy").isFalse();

        test(view.user).setValue("av-reader1");
        test(view.search).click();
        assertThat(rows(view)).extracting(AuditSearch.Row::pupil).containsExactly("AV01/av-2", "AV01/av-1");

        test(view.user).setValue("av-reader2");
        test(view.brin).setValue("av01");
        test(view.leerling).setValue("av-1");
        test(view.search).click();
        assertThat(rows(view)).extracting(AuditSearch.Row::allowed).containsExactly(false, true);

        test(view.user).clear();
        test(view.from).setValue(LocalDate.of(2025, 10, 1));
        test(view.to).setValue(LocalDate.of(2025, 10, 1));
        test(view.search).click();
        assertThat(rows(view)).extracting(AuditSearch.Row::username).containsExactly("av-reader1");

        var filter = new AuditSearch.Filter(null, null, "av-reader2", null, null);
        assertThat(search.count(filter)).isEqualTo(3);
        assertThat(List.of(search.page(filter, 0, 1).get(0).id(), search.page(filter, 1, 1).get(0).id(),
                search.page(filter, 2, 1).get(0).id())).doesNotHaveDuplicates();
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void a_pupil_of_half_a_name_or_a_reversed_period_is_refused_with_a_marked_field() {
        AuditView view = navigate(AuditView.class);
        test(view.brin).setValue("AV01");
        test(view.search).click();
        assertThat(view.leerling.isInvalid()).isTrue();
        assertThat(view.export.isEnabled()).isFalse();
        test(view.brin).clear();
        test(view.from).setValue(LocalDate.of(2025, 10, 2));
        test(view.to).setValue(LocalDate.of(2025, 10, 1));
        test(view.search).click();
        assertThat(view.to.isInvalid()).isTrue();
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void the_export_holds_the_trail_of_that_pupil_only_and_viewing_and_exporting_are_audited() {
        AuditView view = navigate(AuditView.class);
        test(view.brin).setValue("AV01");
        test(view.leerling).setValue("av-1");
        test(view.search).click();
        assertThat(view.export.isEnabled()).isTrue();
        List<String> lines = Arrays.asList(view.exportCsv().split("\r\n"));
        assertThat(lines.get(0)).endsWith("tijdstip;gebruiker;rol;leerling;handeling;toegestaan;toelichting;adres");
        List<String> body = lines.subList(1, lines.size());
        assertThat(body).allSatisfy(line -> assertThat(line.split(";")[3]).isEqualTo("AV01/av-1"));
        assertThat(body).filteredOn(line -> line.contains(READ)).hasSize(3);
        assertThat(entries.findByPupilIdOrderByIdAsc(a.id())).extracting(AuditEntry::username, AuditEntry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("t-admin", AuditSearch.VIEWED),
                        org.assertj.core.groups.Tuple.tuple("t-admin", AuditSearch.EXPORTED));
        assertThat(entries.findByPupilIdOrderByIdAsc(b.id())).extracting(AuditEntry::action).doesNotContain(AuditSearch.EXPORTED);
    }

    @Test
    @WithMockUser(username = "av-mentor", roles = "MENTOR")
    void a_non_admin_is_refused_the_screen_and_the_service_and_both_refusals_are_audited() {
        navigate("beheer/audit", AccessDeniedView.class);
        assertThatThrownBy(() -> AsUser.run("av-mentor", "MENTOR", () -> search.pupilTrail("AV01", "av-1")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entries.findByUsernameOrderByIdAsc("av-mentor")).extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditLog.PAGE_REFUSED, "/beheer/audit"),
                        org.assertj.core.groups.Tuple.tuple(AuditLog.REFUSED, "AuditSearch.pupilTrail"));
        assertThat(entries.findByUsernameOrderByIdAsc("av-mentor")).extracting(AuditEntry::action)
                .doesNotContain(AuditSearch.EXPORTED);
    }

    private void read(String user, Pupil pupil, boolean allowed) {
        log.record(new CurrentUser(user, user, Role.OC, null), pupil.id(), READ, allowed, null);
    }

    /** Only the readers' rows: the admin's own searches are in the trail too. */
    private List<AuditSearch.Row> rows(AuditView view) {
        return view.grid.getGenericDataView().getItems().filter(r -> r.username().startsWith("av-reader")).toList();
    }
}
