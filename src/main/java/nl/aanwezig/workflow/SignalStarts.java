package nl.aanwezig.workflow;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Which route a signal starts, and which chain partner joins the case with it, as the models say: a process's start
 * event names the signals that start it ({@code zeebe:property name="signals"}, e.g. "DUO_16H,LUXE,LRV") and the
 * partner it brings in ({@code name="partner"}, e.g. "JEUGDARTS": "school signals, jeugdarts advises, leerplicht
 * enforces"). A modeller sees and changes this in the model; the code only reads it. A signal no model names starts no
 * route (the empty chair's route starts with the case); a signal two models claim stops the start.
 */
@Component
public class SignalStarts {

    static final String SIGNALS = "signals";
    static final String PARTNER = "partner";

    /** How a signal is taken up: the process it starts and the partner role that joins the case (may be null). */
    public record Start(String processId, String partnerRole) {
    }

    private final Map<String, Start> bySignal;

    SignalStarts() {
        try {
            this.bySignal = read(new PathMatchingResourcePatternResolver().getResources(ProcessDeployer.MODELS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Start> of(String signalType) {
        return Optional.ofNullable(bySignal.get(signalType));
    }

    static Map<String, Start> read(Resource... models) {
        Map<String, Start> starts = new HashMap<>();
        for (Resource r : models) {
            try (InputStream in = r.getInputStream()) {
                collect(Bpmn.readModelFromStream(in), starts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(starts);
    }

    private static void collect(BpmnModelInstance model, Map<String, Start> starts) {
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            Map<String, String> props = new HashMap<>();
            ZeebeProperties declared = start.getSingleExtensionElement(ZeebeProperties.class);
            if (declared != null) {
                declared.getProperties().forEach(p -> props.put(p.getName(), p.getValue()));
            }
            String signals = props.get(SIGNALS);
            if (signals == null || !(start.getParentElement() instanceof Process process)) {
                continue;
            }
            for (String signal : signals.split(",")) {
                Start previous = starts.put(signal.strip(), new Start(process.getId(), props.get(PARTNER)));
                if (previous != null) {
                    throw new IllegalStateException("Signal " + signal.strip() + " starts both " + previous.processId()
                            + " and " + process.getId() + ": a signal starts one route");
                }
            }
        }
    }
}
