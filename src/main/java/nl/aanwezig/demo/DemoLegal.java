package nl.aanwezig.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.legal.deviation.Checklist;
import nl.aanwezig.legal.deviation.DeviationForm;
import nl.aanwezig.legal.deviation.DeviationService;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.legal.exemption.Notice;
import nl.aanwezig.legal.exemption.Statement;
import org.springframework.stereotype.Component;

/**
 * The demo's legal dossiers, made as the OC and leerplicht would at their screens: the red case carries an onderwijstijd
 * deviation from draft to approval (its figures and band follow the approved timetable), and a PO pupil has an
 * exemption notice with a designated doctor's statement waiting for leerplicht's decision.
 */
@Component
class DemoLegal {

    private final DeviationService deviations;
    private final ExemptionService exemptions;

    DemoLegal(DeviationService deviations, ExemptionService exemptions) {
        this.deviations = deviations;
        this.exemptions = exemptions;
    }

    /** As the OC: twelve hours a week in the mornings of Monday, Tuesday and Thursday, from four weeks ago. */
    void deviation(long pupilId, LocalDate today) {
        LocalDate from = today.minusWeeks(4);
        LocalDate to = nl.aanwezig.attendance.figures.Period.schoolYear(
                nl.aanwezig.attendance.figures.Period.schoolYearOf(today)).to().minusWeeks(2);
        List<TimeWindow> morning = List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(12, 30)));
        DeviationForm form = new DeviationForm(new BigDecimal("12"), from, to,
                Map.of(DayOfWeek.MONDAY, morning, DayOfWeek.TUESDAY, morning, DayOfWeek.THURSDAY, morning));
        Checklist checklist = new Checklist("Kernvakken op school in de ochtend, met de mentor als vast aanspreekpunt",
                "Middagen: zorgboerderij De Brug met onderwijsassistent (rekenen, taal)",
                "Elke 6 weken een ochtend erbij, vanaf de kerstvakantie een middag",
                from.minusDays(3), true, Checklist.ExpertKind.ORTHOPEDAGOOG, from.minusWeeks(1));
        long id = deviations.save(null, pupilId, form, checklist);
        deviations.submit(id, from.minusDays(2));
        deviations.decide(id, true, from.minusDays(1));
    }

    /** As leerplicht: the parents' notice with the statement of the municipality's designated doctor. */
    void exemption(long pupilId, LocalDate today) {
        exemptions.register(new Notice(pupilId, today.minusDays(10), "Ouders van de leerling", new Statement(
                "Dr. M. de Wit (door de gemeente aangewezen arts)", true, false, today.minusWeeks(3),
                "Twee ochtenden per week onderwijs op de zorglocatie is mogelijk", false), null));
    }
}
