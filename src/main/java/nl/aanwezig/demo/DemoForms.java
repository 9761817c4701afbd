package nl.aanwezig.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.SatAnalysisForm;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;
import nl.aanwezig.cases.tier3.Tier3Decisions.GoalDomain;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;

/**
 * What the demo's OC fills in on the tier-3 forms ({@link DemoJourneys}): the SAT analysis and the plan, with texts
 * as a real case might have them. Apart from the journeys so those read as the order of steps, not as form content.
 */
final class DemoForms {

    /** The SAT's analysis deciding {@code decision}; with a reason when the SAT departs from the advice. */
    static SatAnalysisForm satAnalysis(Sat decision, Sat advised, LocalDate reviewOn) {
        Map<FactorGroup, SatAnalysisForm.Factor> factors = new EnumMap<>(FactorGroup.class);
        factors.put(FactorGroup.CHILD, new SatAnalysisForm.Factor("Buikpijn op maandagochtend; weinig vrienden in de klas",
                "Of er sprake is van pesten"));
        factors.put(FactorGroup.FAMILY, new SatAnalysisForm.Factor("Vader werkt in ploegendienst", ""));
        factors.put(FactorGroup.PARENT_CHILD, new SatAnalysisForm.Factor("", "Hoe de ochtenden thuis verlopen"));
        return new SatAnalysisForm(factors,
                "Vermijding van de klas door sociale onveiligheid; weinig structuur in de ochtend.",
                "Wil wel naar school, maar niet in deze klas.", "Ouders willen hulp bij de ochtendroutine.",
                "Gesprek leerling, ouders en mentor; jeugdarts kijkt naar de buikpijn.", decision,
                decision == advised ? null : "Het SAT kent het gezin: " + (decision == Sat.YELLOW
                        ? "eerst gericht ingrijpen en monitoren." : "niet afwachten, direct een plan."),
                decision == Sat.YELLOW ? reviewOn : null);
    }

    /** An orange plan of {@code weeks} weeks from {@code start}: three goals, two interventions. */
    static PlanForm plan(LocalDate start, int weeks) {
        return new PlanForm(start, weeks, List.of(
                new PlanForm.Goal(null, GoalDomain.EDUCATION, "Elke dag het eerste uur in de klas",
                        "Aanwezigheid eerste lesuur per week", new BigDecimal("90")),
                new PlanForm.Goal(null, GoalDomain.HOME, "Vaste ochtendroutine, om 7:15 op",
                        "Ouders melden wekelijks aan de mentor", new BigDecimal("90")),
                new PlanForm.Goal(null, GoalDomain.CARE, "Buikpijn onderzocht door de jeugdarts",
                        "Afspraak jeugdarts gehad", new BigDecimal("85"))),
                "Gym tijdelijk vervangen door een theorieopdracht; toetsen gespreid over twee periodes",
                List.of(new PlanForm.Intervention("Wekelijks kort gesprek op maandag", "Jan Jansen (mentor)", "mentor",
                                start, 8),
                        new PlanForm.Intervention("Maatje in de klas", "Mentor en leerling", null, start, 6)),
                "Rustig beginnen met de kernvakken", "Hulp bij de ochtenden en contact met de mentor",
                "Elke maandag een kort gesprek; bij afwezigheid belt de mentor dezelfde dag", start);
    }

    private DemoForms() {
    }
}
