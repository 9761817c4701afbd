package nl.aanwezig.legal.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.legal.search.PupilHit;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Leerplicht's "Zoeken": only pupils of the schools they serve. */
@IntegrationTest
@WithMockUser(username = "t-lp-regio", roles = "LEERPLICHT")
class SearchViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;

    @Test
    void the_search_page_lists_the_served_pupil_with_school_and_class_and_says_when_nothing_is_found() {
        data.pupil(data.school("TXVO", Sector.VO), "hl-srchui-1", "EX7", null);
        data.pupil(data.school("T1VO", Sector.VO), "hl-srchui-2", "1A", "t-mentor");
        SearchView view = navigate(SearchView.class);
        test(view.words).setValue("kimhl-srchui");
        test(view.search).click();
        assertThat(view.grid.getListDataView().getItems().map(PupilHit::leerling)).containsExactly("hl-srchui-1");
        assertThat(view.grid.getListDataView().getItems().map(PupilHit::className)).containsExactly("EX7");

        test(view.words).setValue("hl-srchui-2");
        test(view.search).click();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.none.getText()).isEqualTo("Geen leerling gevonden op de scholen die je bedient.");
    }
}
