package nl.aanwezig.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.legal.duo.DuoReportForm;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.SchoolCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** A pupil of T1VO who missed three whole school days without reason up to today: a DUO 16-hour signal and route. */
@Component
public class DuoFixtures {

    private final TestData data;
    private final Routes routes;
    private final SchoolCalendar calendar;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Cases cases;

    DuoFixtures(TestData data, Routes routes, SchoolCalendar calendar, TransactionTemplate tx,
                ApplicationEventPublisher events, Cases cases) {
        this.tx = tx;
        this.events = events;
        this.data = data;
        this.routes = routes;
        this.calendar = calendar;
        this.cases = cases;
    }

    /** The route as the tests see it: the pupil, the case and the OC's open report task. */
    public record Reported(Pupil pupil, long caseId, CaseTask reportTask, LocalDate lastDay) {
    }

    public Reported sixteenHours(String leerling, LocalDate today) {
        Pupil pupil = data.pupil(routes.school(), leerling, "2B", "t-mentor");
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = today; days.size() < 3; d = d.minusDays(1)) {
            if (calendar.isSchoolDay(d)) {
                days.add(d);
            }
        }
        days.forEach(d -> data.voDay(pupil, d, 6));
        // as an import of those days: the figures follow in its transaction, detection after its commit
        tx.executeWithoutResult(s -> events.publishEvent(
                new RegistrationsImported(Set.of(routes.school().id()), days.get(2), days.get(0))));
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        return new Reported(pupil, c.id(), routes.openTask(c.id(), "duo-report"), days.get(0));
    }

    /** A complete report made at DUO on {@code on}. */
    public static DuoReportForm made(LocalDate start, LocalDate end, LocalDate on) {
        return new DuoReportForm(DuoReportKind.DUO_16H, start, end, 18, "3 dagen alle lessen",
                "Onbekend: ouders niet bereikbaar", "Twee gesprekken met de mentor, huisbezoek", on, "DUO-" + end);
    }
}
