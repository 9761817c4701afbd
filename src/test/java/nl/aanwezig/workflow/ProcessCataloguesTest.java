package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One catalogue per process, the only place in the code that names a model's ids: every constant of a catalogue is in
 * its model (bpmn/ID.bpmn) and every element, job type and form of the model is in its catalogue. {@code ID} is the
 * process, {@code JOB_*} the service tasks' job types, {@code FORM_*} the forms the user tasks name, {@code VAR_*}
 * variables the app sets, the rest element ids.
 */
class ProcessCataloguesTest {

    static Stream<Class<?>> catalogues() {
        return Stream.of(LegeStoelProcess.class, Tier3Process.class, BandReviewProcess.class, MazlProcess.class,
                DuoProcess.class, ConcernProcess.class, SharedPlanProcess.class, MeetingDecisionProcess.class,
                DeviationProcess.class, ExemptionProcess.class, AbsoluteAbsenceProcess.class, ChainReviewProcess.class,
                ChainReviewActionProcess.class, FamilyTalkProcess.class, FollowUpProcess.class);
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void the_catalogue_names_exactly_the_ids_of_its_model(Class<?> catalogue) throws Exception {
        String id = constant(catalogue, "ID");
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("bpmn/" + id + ".bpmn"));

        assertThat(model.getModelElementsByType(Process.class)).extracting(Process::getId).containsExactly(id);
        assertThat(constants(catalogue, "")).as("element ids of " + id).isEqualTo(elementIds(model));
        assertThat(constants(catalogue, "JOB_")).as("job types of " + id).isEqualTo(jobTypes(model));
        assertThat(constants(catalogue, "FORM_")).as("forms of " + id).isEqualTo(headers(model, "form"));
    }

    @ParameterizedTest
    @MethodSource("catalogues")
    void every_model_in_bpmn_has_a_catalogue(Class<?> ignored) {
        Set<String> catalogued = new TreeSet<>(catalogues().map(c -> constant(c, "ID")).toList());
        Set<String> models = new TreeSet<>();
        for (File f : new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            models.add(f.getName().replace(".bpmn", ""));
        }
        assertThat(catalogued).isEqualTo(models);
    }

    private static Set<String> elementIds(BpmnModelInstance model) {
        Set<String> ids = new TreeSet<>();
        model.getModelElementsByType(FlowNode.class).forEach(n -> ids.add(n.getId()));
        return ids;
    }

    private static Set<String> jobTypes(BpmnModelInstance model) {
        Set<String> types = new TreeSet<>();
        model.getModelElementsByType(ZeebeTaskDefinition.class).forEach(t -> types.add(t.getType()));
        return types;
    }

    private static Set<String> headers(BpmnModelInstance model, String key) {
        Set<String> values = new TreeSet<>();
        model.getModelElementsByType(ZeebeHeader.class).stream().filter(h -> key.equals(h.getKey()))
                .forEach(h -> values.add(h.getValue()));
        return values;
    }

    /** The catalogue's constant values with this prefix ("" for the element ids: no prefix, not ID). */
    private static Set<String> constants(Class<?> catalogue, String prefix) throws IllegalAccessException {
        Set<String> values = new TreeSet<>();
        for (Field f : catalogue.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != String.class) {
                continue;
            }
            String name = f.getName();
            boolean element = prefix.isEmpty() && !name.equals("ID") && !name.startsWith("JOB_") && !name.startsWith("VAR_")
                    && !name.startsWith("FORM_");
            if (element || (!prefix.isEmpty() && name.startsWith(prefix))) {
                values.add((String) f.get(null));
            }
        }
        return values;
    }

    private static String constant(Class<?> catalogue, String name) {
        try {
            return (String) catalogue.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(catalogue.getSimpleName() + " has no " + name, e);
        }
    }
}
