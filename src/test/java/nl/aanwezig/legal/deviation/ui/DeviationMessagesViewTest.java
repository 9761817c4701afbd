package nl.aanwezig.legal.deviation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The refusal of an incomplete request is one Dutch sentence; the empty expert choice has a Dutch label, not a key. */
@IntegrationTest
@WithMockUser(username = "t-oc-dev", roles = "OC")
class DeviationMessagesViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired Schools schools;

    @Test
    void an_approval_of_an_incomplete_request_is_refused_with_a_sentence_listing_what_is_missing() {
        data.pupil(schools.findByBrin("T19VO").orElseThrow(), "hl-dev-msg", "K-hl-dev-msg", "t-mentor-dev");
        DeviationRequestView form = navigate(DeviationRequestView.class);
        test(form.pupil).selectItem("Kimhl-dev-msg Test (hl-dev-msg)");
        test(form.timetable.hours).setValue(new BigDecimal("3.5"));
        test(form.timetable.validFrom).setValue(LocalDate.of(2025, 9, 1));
        test(form.timetable.validTo).setValue(LocalDate.of(2025, 12, 19));
        test(form.timetable.days.get(DayOfWeek.MONDAY)).setValue("08:30-12:00");
        test(form.save).click();
        DeviationRequestView draft = (DeviationRequestView) getCurrentView();
        test(draft.checklist.consent).click();
        test(draft.save).click();

        test(draft.actionDate).setValue(LocalDate.of(2025, 9, 1));
        test(draft.approve).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("De aanvraag is nog niet compleet. "
                + "Nog nodig: het programma op school (OPP), het onderwijs of de ondersteuning buiten school (OPP), "
                + "het plan om terug te groeien naar het volledige rooster (OPP), de datum waarop ouders het "
                + "handelingsdeel tekenden en de deskundigenverklaring (psycholoog, orthopedagoog of arts) met datum.");
        assertThat(draft.missing.getText()).startsWith("Nog nodig: het programma op school (OPP), ")
                .endsWith(" en de deskundigenverklaring (psycholoog, orthopedagoog of arts) met datum.");
    }

    @Test
    void the_expert_choice_left_empty_reads_nog_niet_gekozen_not_a_raw_key() {
        DeviationRequestView form = navigate(DeviationRequestView.class);
        assertThat(form.checklist.expert.getValue()).isNull();
        assertThat(form.checklist.expert.getItemLabelGenerator().apply(null)).isEqualTo("Nog niet gekozen");
        assertThat(form.checklist.expert.getEmptySelectionCaption()).isEqualTo("Nog niet gekozen");
    }
}
