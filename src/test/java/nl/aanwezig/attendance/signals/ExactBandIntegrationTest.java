package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.figures.ClassOverviewService;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Pyramid;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.base.DutchNumbers;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A pupil at 9898 of 10420 minutes (94.99%) is yellow under green &gt;= 95 everywhere a band is decided (figures,
 * the pyramid's SQL, the mentor's class overview, the band the signals remember) and is shown as 94,9%, never 95,0%.
 */
@IntegrationTest
class ExactBandIntegrationTest extends SignalScenario {

    @Autowired FiguresService figures;
    @Autowired ClassOverviewService classOverview;
    @Autowired JdbcTemplate jdbc;
    @Autowired DossierService dossiers;

    @Test
    void a_pupil_at_9898_of_10420_minutes_is_yellow_in_figures_pyramid_and_signals_and_shows_94_9() {
        Pupil pupil = data.pupil(routes.school(), "ha-9499", "4A", "t-mentor");
        registrations.insert(twentyDaysOf521Minutes(pupil));
        imported(4);

        Period year = Period.schoolYear(2026).until(LocalDate.of(2026, 11, 2));
        Figures f = figures.figures(new Scope.OfPupil(pupil.id()), year);
        assertThat(f.scheduledMinutes()).isEqualTo(10420);
        assertThat(f.presentMinutes()).isEqualTo(9898);
        assertThat(figures.band(f)).isEqualTo(Band.YELLOW);
        assertThat(figures.pct(f)).isEqualTo(new BigDecimal("94.9"));
        assertThat(DutchNumbers.pct(figures.pct(f))).isEqualTo("94,9%");

        for (Period p : List.of(Period.schoolYear(2026), year, Period.custom(MONDAY, MONDAY.plusWeeks(4)))) {
            Pyramid pyramid = figures.pyramid(new Scope.OfPupil(pupil.id()), p);
            assertThat(pyramid.count(Band.YELLOW)).as("pyramid over %s", p).isEqualTo(1);
        }

        var row = AsUser.call("t-mentor", "MENTOR", () -> classOverview.myPupils()).stream()
                .filter(r -> r.pupilId() == pupil.id()).findFirst().orElseThrow();
        assertThat(row.band()).isEqualTo(Band.YELLOW);
        assertThat(DutchNumbers.pct(row.yearPct())).isEqualTo("94,9%");

        assertThat(jdbc.queryForObject("select band from pupil_band where pupil_id = ?", String.class, pupil.id()))
                .isEqualTo("YELLOW");
        assertThat(jdbc.queryForObject("select pct from pupil_band where pupil_id = ?", BigDecimal.class, pupil.id()))
                .isEqualByComparingTo("94.9");
    }

    @Test
    void a_band_change_on_the_timeline_names_the_school_year_so_far_not_a_one_day_period() {
        Pupil pupil = data.pupil(routes.school(), "ha-bandyear", "4A", "t-mentor");
        registrations.insert(weeks(pupil, 4, (day, i) -> day.getDayOfWeek().getValue() <= 2 ? "medisch" : null));
        imported(4);

        List<String> summaries = AsUser.call("t-oc", "OC", () -> dossiers.dossier(pupil.id())).timeline().stream()
                .map(e -> e.summary()).filter(t -> t.contains("60,0% aanwezig")).toList();
        assertThat(summaries).isNotEmpty().allMatch(t -> t.contains(": schooljaar 2026-2027 tot en met ")
                && !t.contains(" t/m "));
    }

    @Test
    void the_trend_line_leaves_out_the_unfinished_week_instead_of_drawing_its_first_absent_morning_as_a_week() {
        Pupil pupil = data.pupil(routes.school(), "ha-trendweek", "4A", "t-mentor");
        // two full weeks present, then the Monday of the third week absent all day
        registrations.insert(weeks(pupil, 3, (day, i) -> day.isBefore(MONDAY.plusWeeks(2)) ? null
                : day.equals(MONDAY.plusWeeks(2)) ? "onbekend" : null).stream()
                .filter(r -> !r.date().isAfter(MONDAY.plusWeeks(2))).toList());
        imported(3);

        var tuesday = figures.trend(pupil.id(), Period.custom(MONDAY, MONDAY.plusWeeks(2).plusDays(1)));
        assertThat(tuesday.weeks()).extracting(w -> w.monday()).containsExactly(MONDAY, MONDAY.plusWeeks(1));
        var friday = figures.trend(pupil.id(), Period.custom(MONDAY, MONDAY.plusWeeks(2).plusDays(4)));
        assertThat(friday.weeks()).extracting(w -> w.monday())
                .containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
    }

    /** One lesson of 521 minutes on each of 20 school days from MONDAY: one missed, one a minute late. */
    private static List<RegistrationRecord> twentyDaysOf521Minutes(Pupil pupil) {
        List<RegistrationRecord> out = new ArrayList<>();
        LocalTime start = LocalTime.of(8, 0);
        LocalTime end = start.plusMinutes(521);
        int n = 0;
        for (LocalDate day = MONDAY; n < 20; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            out.add(n == 0 ? new RegistrationRecord(pupil.id(), day, start, end, "afwezig", "spijbelen", 0)
                    : n == 1 ? new RegistrationRecord(pupil.id(), day, start, end, "te_laat", null, 1)
                    : new RegistrationRecord(pupil.id(), day, start, end, "aanwezig", null, 0));
            n++;
        }
        return out;
    }
}
