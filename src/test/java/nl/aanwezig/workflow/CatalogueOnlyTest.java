package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A search for a model's ids finds them only in its catalogue and its model: no main code outside the catalogues
 * ({@code workflow/*Process.java}) writes a process id, element id, job type or form key as a string literal. Process
 * variables ({@code VAR_*}) are not model ids and are left out; a variable the model reads has its {@code VAR_}
 * constant, but the same word may be a column or field name elsewhere.
 */
class CatalogueOnlyTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern CATALOGUE = Pattern.compile("nl/aanwezig/workflow/\\w+Process\\.java");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\\\n]*)\"");

    /** Literals that have a catalogue value's text but mean something else there: file (under src/main/java), text. */
    private static final Set<String> ALLOWED = Set.of(
            // URL segments of views (@Route): the address stays when a model renames its form
            "nl/aanwezig/cases/ui/ArrangementView.java arrangement",
            "nl/aanwezig/cases/ui/MonitoringReviewView.java monitoring-review",
            "nl/aanwezig/cases/ui/PlanEditView.java plan",
            "nl/aanwezig/cases/ui/RegievoerderView.java regievoerder", // also its form's field name for errors
            "nl/aanwezig/legal/duo/ui/ConcernDecisionView.java zorgelijk-verzuim",
            "nl/aanwezig/legal/duo/ui/DuoReportView.java duo-melding",
            "nl/aanwezig/legal/absolute/ui/AbsoluteAbsenceView.java absoluut-verzuim",
            "nl/aanwezig/chainreview/ui/ChainReviewsView.java ketenoverleg",
            "nl/aanwezig/chainreview/ui/ChainReviewView.java ketenoverleg",
            // the same URL segments as the values of the form-to-route table (its keys are the FORM_ constants)
            "nl/aanwezig/cases/ui/TaskForms.java monitoring-review",
            "nl/aanwezig/cases/ui/TaskForms.java regievoerder",
            "nl/aanwezig/cases/ui/TaskForms.java arrangement",
            "nl/aanwezig/cases/ui/TaskForms.java duo-melding",
            "nl/aanwezig/cases/ui/TaskForms.java zorgelijk-verzuim",
            "nl/aanwezig/cases/ui/TaskForms.java ketenoverleg",
            // the column of the review item that keeps the case's regievoerder
            "nl/aanwezig/chainreview/ChainReviews.java regievoerder",
            // field names that key a form's validation errors
            "nl/aanwezig/cases/tier3/PlanForm.java plan",
            "nl/aanwezig/cases/ui/ConversationView.java outcome",
            "nl/aanwezig/cases/ui/RegievoerderHandOverDialog.java regievoerder",
            // JPA: the field of PlanGoal and PlanIntervention that maps the plan (mappedBy)
            "nl/aanwezig/cases/tier3/SupportPlan.java plan",
            // the audit detail of planning a meeting (the verb, not the form)
            "nl/aanwezig/review/MeetingService.java plan",
            // the named interface of the package cases.tier3 (the sub-feature, not the model)
            "nl/aanwezig/cases/tier3/package-info.java tier3",
            // CSS class / grid part name for late items
            "nl/aanwezig/cases/ui/TasksView.java overdue",
            "nl/aanwezig/review/ui/MeetingView.java overdue",
            // the column "outcome" of the exemption table
            "nl/aanwezig/legal/exemption/ExemptionQueries.java outcome",
            "nl/aanwezig/legal/exemption/Exemptions.java outcome",
            // the completion variable of the deviation evaluation: bpmn/onderwijstijd-afwijking.bpmn reads no outcome
            "nl/aanwezig/legal/deviation/DeviationEvaluationService.java outcome");

    @Test
    void model_ids_are_named_only_by_their_catalogue() throws IOException {
        Map<String, List<String>> ids = catalogueValues();
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (CATALOGUE.matcher(name).matches()) {
                    continue;
                }
                String text = Files.readString(file);
                Matcher m = LITERAL.matcher(text);
                while (m.find()) {
                    String literal = m.group(1);
                    if (ids.containsKey(literal) && !ALLOWED.contains(name + " " + literal)) {
                        long line = text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                        found.add(name + ":" + line + " \"" + literal + "\" is " + ids.get(literal));
                    }
                }
            }
        }
        assertThat(found).as("string literals that are a catalogue's value: use the constant").isEmpty();
    }

    @Test
    void the_allow_list_names_literals_that_are_still_there() throws IOException {
        Map<String, List<String>> ids = catalogueValues();
        for (String entry : ALLOWED) {
            String file = entry.substring(0, entry.indexOf(' '));
            String literal = entry.substring(entry.indexOf(' ') + 1);
            assertThat(ids).as(entry).containsKey(literal);
            assertThat(Files.readString(MAIN.resolve(file))).as(entry).contains("\"" + literal + "\"");
        }
    }

    /** Each value of a catalogue constant except VAR_, with the constants that have it. */
    private static Map<String, List<String>> catalogueValues() {
        Map<String, List<String>> values = new TreeMap<>();
        ProcessCataloguesTest.catalogues().forEach(catalogue -> {
            for (Field f : catalogue.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                        && !f.getName().startsWith("VAR_")) {
                    try {
                        values.computeIfAbsent((String) f.get(null), v -> new ArrayList<>())
                                .add(catalogue.getSimpleName() + "." + f.getName());
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                }
            }
        });
        return values;
    }
}
