package nl.aanwezig.legal.duo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.DuoFixtures;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class DuoAccessIntegrationTest {

    @Autowired DuoFixtures duo;
    @Autowired Routes routes;
    @Autowired DuoReportService reports;
    @Autowired LeerplichtReportService leerplicht;
    @Autowired Clock clock;

    @Test
    void a_school_never_sees_another_schools_reports_and_leerplicht_sees_only_the_schools_they_serve() {
        var r = duo.sixteenHours("duo-access", LocalDate.now(clock));
        long school = routes.school().id();
        DuoReport concept = AsUser.call("t-oc", "OC", () -> reports.forTask(r.reportTask().id()));
        AsUser.run("t-oc", "OC", () -> reports.report(r.reportTask().id(),
                DuoFixtures.made(concept.startDate(), concept.endDate(), LocalDate.now(clock))));

        assertThat(AsUser.call("t-oc", "OC", () -> reports.ofSchool(school, null))).extracting(DuoReport::id)
                .contains(concept.id());
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.inbox(DuoStatus.GEMELD)))
                .extracting(DuoReport::id).contains(concept.id());
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> reports.ofSchool(school, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> leerplicht.open(concept.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-leerplicht2", "LEERPLICHT", () -> reports.ofSchool(school, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-leerplicht2", "LEERPLICHT", () -> leerplicht.close(concept.id(),
                DuoStatus.AFGESLOTEN))).isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("t-leerplicht2", "LEERPLICHT", () -> leerplicht.inbox(null)))
                .extracting(DuoReport::id).doesNotContain(concept.id());
    }
}
