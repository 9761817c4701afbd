package nl.aanwezig.legal.exemption.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.provider.Query;
import nl.aanwezig.legal.search.PupilHit;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The notice form finds the pupil by name or number among the schools leerplicht serves, no BRIN to type. */
@IntegrationTest
@WithMockUser(username = "t-lp-regio", roles = "LEERPLICHT")
class NoticePupilPickerViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;

    @SuppressWarnings({"unchecked", "rawtypes"})
    static java.util.stream.Stream<PupilHit> found(NoticeView view, String typed) {
        DataProvider<PupilHit, String> provider = (DataProvider) view.pupil.getDataProvider();
        return provider.fetch(new Query<>(0, 50, null, null, typed));
    }

    @Test
    void choosing_a_pupil_fills_school_and_pupil_number_and_a_pupil_outside_the_area_is_not_offered() {
        Pupil p = data.pupil(data.school("TXVO", Sector.VO), "hl-pick-1", "EX8", null);
        data.pupil(data.school("T1VO", Sector.VO), "hl-pick-2", "1A", "t-mentor");
        NoticeView view = navigate(NoticeView.class);
        assertThat(found(view, "kimhl-pick").map(PupilHit::leerling))
                .containsExactly("hl-pick-1");
        PupilHit hit = found(view, "hl-pick-1")
                .findFirst().orElseThrow();
        assertThat(view.pupil.getItemLabelGenerator().apply(hit))
                .isEqualTo("Kimhl-pick-1 Test (hl-pick-1), geboren 1-5-2012, Vrijstellingschool VO EX8");
        view.pupil.setValue(hit);
        assertThat(view.brin.getValue()).isEqualTo("TXVO");
        assertThat(view.leerling.getValue()).isEqualTo(p.leerling());
    }
}
