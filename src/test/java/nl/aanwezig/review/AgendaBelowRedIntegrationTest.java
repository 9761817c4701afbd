package nl.aanwezig.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A pupil far below the red line whose case is still labelled milder (yellow) is suggested for the casusoverleg. */
@IntegrationTest
class AgendaBelowRedIntegrationTest {

    static final String OC = "hm-oc-agenda";

    @Autowired AgendaService agenda;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Clock clock;

    @Test
    void a_yellow_case_below_the_red_cut_off_is_suggested_with_its_figure_a_red_one_is_not() {
        School school = data.school("HMP2AG", Sector.VO);
        data.account(OC, Role.OC, school);
        LocalDate today = LocalDate.now(clock);
        var longAgo = clock.instant().minus(Duration.ofDays(200));
        Pupil yellow = data.pupil(school, "hm-ag-yellow", "2A", null);
        long yellowCase = fixtures.openCase(yellow, CaseStage.YELLOW_MONITORING, longAgo);
        // four of six lessons away every day, the same every week (no worsening trend): 33,3%
        fixtures.days(yellow, today.minusDays(20), today, 4);
        Pupil red = data.pupil(school, "hm-ag-red", "2A", null);
        long redCase = fixtures.openCase(red, CaseStage.RED_ARRANGEMENT, longAgo);
        fixtures.days(red, today.minusDays(20), today, 4);

        List<AgendaSuggestion> list = AsUser.call(OC, "OC", () -> agenda.agenda(school, today.plusDays(3)));

        AgendaSuggestion s = list.stream().filter(x -> x.caseId() == yellowCase).findFirst().orElseThrow();
        assertThat(s.reasons()).containsExactly(Reason.BELOW_RED);
        assertThat(s.reasonText(Reason.BELOW_RED)).isEqualTo(
                "Aanwezigheid dit schooljaar 33,3%: onder de grens van rood, maar het dossier staat niet in rood");
        assertThat(list).noneMatch(x -> x.caseId() == redCase && x.reasons().contains(Reason.BELOW_RED));
    }
}
