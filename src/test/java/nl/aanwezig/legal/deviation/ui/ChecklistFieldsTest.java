package nl.aanwezig.legal.deviation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** Issue #21: the deviation's expert field showed "!deviation.expert.null" for its empty choice. */
@IntegrationTest
@WithMockUser(username = "t-oc", roles = "OC")
class ChecklistFieldsTest extends SpringBrowserlessTest {

    @Test
    void the_empty_expert_choice_has_a_dutch_label_not_a_raw_key() {
        ChecklistFields fields = new ChecklistFields();
        assertThat(fields.expert.getItemLabelGenerator().apply(null)).isEqualTo("Nog niet gekozen");
    }
}
