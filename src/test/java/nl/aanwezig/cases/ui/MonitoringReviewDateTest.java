package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.cases.tier3.Tier3Overview;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Yellow monitoring shows its review date: in Casussen per fase and on the pupil page. */
@IntegrationTest
@WithMockUser(username = "t-oc", roles = "OC")
class MonitoringReviewDateTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired TestClock clock;

    /** steps.sync() fixed the app's clock at the engine's: later test classes get the real one back. */
    @AfterEach
    void resetClock() {
        clock.reset();
    }
    @Autowired SatService sat;

    @Test
    void the_review_date_of_yellow_monitoring_is_in_the_cases_by_stage_list_and_on_the_pupil_page() {
        var c = steps.referToSat("hm-review-1");
        LocalDate reviewOn = steps.today().plusWeeks(4);
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(), Tier3Steps.analysis(Sat.YELLOW,
                advised == Sat.YELLOW ? null : "Eerst kijken of het vanzelf beter gaat.", reviewOn)));
        routes.awaitCase(c.caseId(), pc -> pc.stage() == CaseStage.YELLOW_MONITORING, "yellow monitoring");

        CasesByStageView list = navigate(CasesByStageView.class);
        assertThat(list.grid.getListDataView().getItems().filter(r -> r.caseId() == c.caseId()))
                .singleElement().extracting(Tier3Overview.StageRow::nextEvaluation).isEqualTo(reviewOn);

        navigate(PupilView.class, c.pupil().id());
        assertThat($(ListItem.class).all()).extracting(ListItem::getText)
                .contains("Herbeoordeling van de monitoring (geel) op " + Messages.date(reviewOn));
    }
}
