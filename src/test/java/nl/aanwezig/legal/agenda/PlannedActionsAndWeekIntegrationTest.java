package nl.aanwezig.legal.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.legal.duo.ActionStatus;
import nl.aanwezig.legal.duo.DuoActionEntry;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoReportService;
import nl.aanwezig.legal.duo.LeerplichtAction;
import nl.aanwezig.legal.duo.LeerplichtReportService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.DuoFixtures;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Leerplicht plans a conversation or summons ahead, marks it done, and sees the week: planned and overdue actions,
 * reports waiting, each line a link.
 */
@IntegrationTest
class PlannedActionsAndWeekIntegrationTest {

    @Autowired DuoFixtures duo;
    @Autowired DuoReportService reports;
    @Autowired LeerplichtReportService leerplicht;
    @Autowired LeerplichtWeekService week;
    @Autowired Clock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    DuoReport made(String leerling) {
        LocalDate today = LocalDate.now(clock);
        var r = duo.sixteenHours(leerling, today);
        DuoReport concept = AsUser.call("t-oc", "OC", () -> reports.forTask(r.reportTask().id()));
        AsUser.run("t-oc", "OC", () -> reports.report(r.reportTask().id(),
                DuoFixtures.made(concept.startDate(), concept.endDate(), today)));
        return concept;
    }

    @Test
    void a_summons_with_a_future_date_is_planned_then_done_and_the_week_lists_it_with_its_link() {
        DuoReport d = made("hl-plan-1");
        LocalDate today = LocalDate.now(clock);
        LocalDate sunday = today.with(DayOfWeek.SUNDAY);
        LocalDate inWeek = today.equals(sunday) ? today.plusDays(1) : sunday;
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> week.week().reports()))
                .as("the report waits for leerplicht").extracting(AgendaLine::link)
                .contains("verzuimmeldingen?melding=" + d.id());

        AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.recordAction(d.id(), LeerplichtAction.OPROEP, inWeek,
                "Oproep voor gesprek met ouders en leerling"));
        DuoActionEntry planned = AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.open(d.id())).actions()
                .getFirst();
        assertThat(planned.status()).isEqualTo(ActionStatus.GEPLAND);
        assertThat(planned.happenedOn()).isEqualTo(inWeek);

        LeerplichtWeek mine = AsUser.call("t-leerplicht", "LEERPLICHT", () -> week.week());
        if (!inWeek.isAfter(mine.sunday())) {
            assertThat(mine.actions()).filteredOn(l -> l.link().equals("verzuimmeldingen?melding=" + d.id()))
                    .extracting(AgendaLine::key, AgendaLine::overdue, AgendaLine::detail)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("duo.action.OPROEP", false,
                            "Oproep voor gesprek met ouders en leerling"));
        }
        assertThat(mine.reports()).as("picked up: no longer waiting").extracting(AgendaLine::link)
                .doesNotContain("verzuimmeldingen?melding=" + d.id());
        assertThat(AsUser.call("t-leerplicht2", "LEERPLICHT", () -> week.week().actions())).extracting(AgendaLine::link)
                .as("another officer's week").doesNotContain("verzuimmeldingen?melding=" + d.id());

        AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.actionDone(planned.id()));
        DuoActionEntry done = AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.open(d.id())).actions()
                .getFirst();
        assertThat(done.status()).isEqualTo(ActionStatus.UITGEVOERD);
        assertThat(done.happenedOn()).isEqualTo(today);
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.actionDone(planned.id())))
                .isInstanceOf(UserFacingException.class).hasMessage("duo.error.action.notPlanned");
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> week.week().actions())).extracting(AgendaLine::link)
                .doesNotContain("verzuimmeldingen?melding=" + d.id());
    }

    @Test
    void an_action_of_today_is_done_at_once_and_one_more_than_a_year_ahead_is_refused() {
        DuoReport d = made("hl-plan-2");
        LocalDate today = LocalDate.now(clock);
        AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.recordAction(d.id(), LeerplichtAction.GESPREK, today,
                "Gesprek gevoerd"));
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.open(d.id())).actions())
                .extracting(DuoActionEntry::status).containsExactly(ActionStatus.UITGEVOERD);
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.recordAction(d.id(),
                LeerplichtAction.GESPREK, today.plusDays(366), "Veel te ver")))
                .isInstanceOf(UserFacingException.class).hasMessage("duo.error.action.farAhead");
    }

    @Test
    void a_planned_action_whose_date_passed_is_overdue_in_the_week() {
        DuoReport d = made("hl-plan-3");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.recordAction(d.id(), LeerplichtAction.GESPREK,
                tomorrow, "Huisbezoek"));
        // the date passed without it being marked done
        jdbc.update("update duo_action set happened_on = ? where report_id = ?",
                java.sql.Date.valueOf(tomorrow.minusDays(3)), d.id());
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> week.week().actions()))
                .filteredOn(l -> l.link().equals("verzuimmeldingen?melding=" + d.id()))
                .extracting(AgendaLine::overdue).containsExactly(true);
    }
}
