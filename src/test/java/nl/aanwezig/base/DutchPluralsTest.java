package nl.aanwezig.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue #21: "evaluatie elke 1 weken" and "(1 lessen)": one is singular in Dutch, more is plural. */
class DutchPluralsTest {

    @Test
    void a_plan_evaluated_every_week_says_elke_week_and_every_two_weeks_says_elke_2_weken() {
        assertThat(Messages.nl("timeline.planDrawn", "1-3-2027", 1, "8-3-2027"))
                .contains("evaluatie elke week,").doesNotContain("1 weken");
        assertThat(Messages.nl("timeline.planDrawn", "1-3-2027", 2, "15-3-2027")).contains("evaluatie elke 2 weken,");
        assertThat(Messages.nl("tier3ui.panel.planFacts", "1-3-2027", 1, "8-3-2027")).contains("evaluatie elke week,");
    }

    @Test
    void an_intervention_of_one_week_says_1_week() {
        assertThat(Messages.nl("tier3ui.panel.intervention", "Gesprek", "mentor", "1-3-2027", 1))
                .endsWith("vanaf 1-3-2027, 1 week");
        assertThat(Messages.nl("sharing.case.interventionPeriod", "1-3-2027", 6)).isEqualTo("vanaf 1-3-2027, 6 weken");
        assertThat(Messages.nl("tier3ui.panel.arrangementText", "Zorg", "school", "12", "1-3-2027", "1-6-2027",
                "gemeente", 1, "8-3-2027")).contains("evaluatie elke week, volgende: 8-3-2027");
    }

    @Test
    void a_meeting_with_one_pupil_says_1_leerling() {
        assertThat(Messages.nl("week.meeting", "11-3-2027", "14:30", 1)).endsWith("1 leerling op de agenda");
        assertThat(Messages.nl("week.meeting", "11-3-2027", "14:30", 3)).endsWith("3 leerlingen op de agenda");
    }
}
