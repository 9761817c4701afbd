package nl.aanwezig.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class DataQualityViewTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_oc_opens_the_data_quality_list() {
        DataQualityView view = navigate(DataQualityView.class);
        assertThat(view.grid.getColumns()).hasSize(5);
    }

    @Test
    @WithMockUser(username = "t-mentor", roles = "MENTOR")
    void a_mentor_cannot_open_it() {
        Throwable refused = catchThrowable(() -> navigate(DataQualityView.class));
        assertThat(refused != null || !(getCurrentView() instanceof DataQualityView)).isTrue();
    }
}
