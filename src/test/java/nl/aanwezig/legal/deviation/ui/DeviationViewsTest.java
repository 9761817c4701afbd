package nl.aanwezig.legal.deviation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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

/** The OC drafts a request on the form, is told what the checklist still lacks, completes it and records the approval. */
@IntegrationTest
class DeviationViewsTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired Schools schools;

    @Test
    @WithMockUser(username = "t-oc-dev", roles = "OC")
    void the_oc_cannot_record_an_approval_without_the_opp_and_can_once_the_checklist_is_complete() {
        data.pupil(schools.findByBrin("T19VO").orElseThrow(), "dev-ui", "K-dev-ui", "t-mentor-dev");
        DeviationRequestView form = navigate(DeviationRequestView.class);
        test(form.save).click();
        assertThat(form.pupil.isInvalid()).isTrue();

        test(form.pupil).selectItem("Kimdev-ui Test (dev-ui)");
        test(form.timetable.hours).setValue(new BigDecimal("7"));
        test(form.timetable.validFrom).setValue(LocalDate.of(2025, 9, 1));
        test(form.timetable.validTo).setValue(LocalDate.of(2025, 12, 19));
        test(form.timetable.days.get(DayOfWeek.MONDAY)).setValue("08:30-12:00");
        test(form.timetable.days.get(DayOfWeek.THURSDAY)).setValue("8:30-12:00");
        test(form.save).click();
        assertThat(getCurrentView()).isInstanceOf(DeviationRequestView.class);
        DeviationRequestView draft = (DeviationRequestView) getCurrentView();
        assertThat(draft.missing.getText()).contains("het programma op school (OPP)");

        test(draft.actionDate).setValue(LocalDate.of(2025, 9, 1));
        test(draft.approve).click();
        assertThat(draft.checklist.programme.isInvalid()).isTrue();
        assertThat(draft.checklist.programme.getErrorMessage()).isEqualTo("het programma op school (OPP)");
        assertThat(draft.status.getText()).endsWith("Concept");

        test(draft.checklist.programme).setValue("Kernvakken in de ochtend");
        test(draft.checklist.supportAway).setValue("Dagbehandeling");
        test(draft.checklist.growBack).setValue("Elke zes weken een ochtend erbij");
        test(draft.checklist.handelingsdeel).setValue(LocalDate.of(2025, 8, 25));
        test(draft.checklist.consent).click();
        test(draft.checklist.expert).selectItem("Orthopedagoog");
        test(draft.checklist.expertDate).setValue(LocalDate.of(2025, 8, 20));
        test(draft.save).click();
        assertThat(draft.missing.getText()).isEqualTo("Compleet");
        test(draft.approve).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Goedkeuring vastgelegd");
        assertThat(draft.status.getText()).endsWith("Goedgekeurd");
        assertThat(draft.save.isEnabled()).isFalse();
        DeviationsView list = navigate(DeviationsView.class);
        assertThat(test(list.grid).size()).isPositive();
    }

    @Test
    @WithMockUser(username = "t-oc-dev", roles = "OC")
    void a_window_that_cannot_be_read_is_marked_with_the_day() {
        data.pupil(schools.findByBrin("T19VO").orElseThrow(), "dev-ui-bad", "K-dev-ui-bad", "t-mentor-dev");
        DeviationRequestView form = navigate(DeviationRequestView.class);
        test(form.pupil).selectItem("Kimdev-ui-bad Test (dev-ui-bad)");
        test(form.timetable.hours).setValue(new BigDecimal("3"));
        test(form.timetable.validFrom).setValue(LocalDate.of(2025, 9, 1));
        test(form.timetable.validTo).setValue(LocalDate.of(2025, 9, 30));
        test(form.timetable.days.get(DayOfWeek.MONDAY)).setValue("half negen tot twaalf");
        test(form.save).click();
        assertThat(form.timetable.days.get(DayOfWeek.MONDAY).isInvalid()).isTrue();
        assertThat(form.timetable.days.get(DayOfWeek.MONDAY).getErrorMessage()).contains("maandag", "half negen tot twaalf");
        assertThat(getCurrentView()).isSameAs(form);
    }

    @Test
    @WithMockUser(username = "t-mentor-dev", roles = "MENTOR")
    void a_mentor_cannot_open_the_deviation_requests() {
        Throwable refused = catchThrowable(() -> navigate(DeviationsView.class));
        assertThat(refused != null || !(getCurrentView() instanceof DeviationsView)).isTrue();
    }

}
