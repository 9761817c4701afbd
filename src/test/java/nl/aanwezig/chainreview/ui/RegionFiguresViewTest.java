package nl.aanwezig.chainreview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.figures.FiguresRegion;
import nl.aanwezig.chainreview.figures.RegionReport.Movement;
import nl.aanwezig.chainreview.figures.RegionReport.ThuisQuarter;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The region figures screen, browserless: what the chair sees of the seeded region, and a refusal in the page. */
@IntegrationTest
class RegionFiguresViewTest extends SpringBrowserlessTest {

    @Autowired FiguresRegion region;
    FiguresRegion.Seeded seeded;

    @BeforeEach
    void seed() {
        seeded = region.seed();
    }

    @Test
    @WithMockUser(username = FiguresRegion.CHAIR, roles = "SWV")
    void the_chair_sees_a_pyramid_per_school_the_quarters_and_the_movement_without_names() {
        RegionFiguresView view = open();
        assertThat(view.content.isVisible()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Vergelijken om te leren, niet om te wedijveren")
                .doesNotContain("Fleur").doesNotContain("Figuur");
        assertThat(view.pyramids.getChildren().filter(RegionPyramidCard.class::isInstance).count()).isEqualTo(2);
        List<ThuisQuarter> quarters = view.tables.thuiszitters.getGenericDataView().getItems().toList();
        assertThat(quarters).extracting(ThuisQuarter::quarter).containsExactly("2099-Q1", "2099-Q2");
        List<String> moves = view.tables.movement.getGenericDataView().getItems()
                .map(view.tables::movementLabel).toList();
        assertThat(moves).contains("oranje → rood", "nieuw (oranje)", "niet meer besproken (was rood)", "blijft oranje");
        assertThat(view.tables.medians.getDataProvider().size(new Query<>())).isEqualTo(2);
    }

    @Test
    @WithMockUser(username = "k-swv-ander", roles = "SWV")
    void an_swv_of_another_region_gets_no_figures_of_this_region() {
        RegionFiguresView view = open();
        assertThat(view.content.isVisible()).isFalse();
        assertThat(view.message.getText()).isEqualTo(Messages.nl("chainreview.figures.noAccess"));
    }

    private RegionFiguresView open() {
        UI.getCurrent().navigate(RegionFiguresView.class,
                QueryParameters.of(RegionFiguresView.REGION_PARAMETER, String.valueOf(seeded.regionId())));
        return (RegionFiguresView) getCurrentView();
    }

    @Test
    @WithMockUser(username = "k-mentor", roles = "MENTOR")
    void a_mentor_cannot_open_the_screen() {
        UI.getCurrent().navigate("ketenoverleg/cijfers");
        assertThat(getCurrentView()).isInstanceOf(nl.aanwezig.security.ui.AccessDeniedView.class);
    }
}
