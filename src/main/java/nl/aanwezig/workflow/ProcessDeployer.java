package nl.aanwezig.workflow;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.DeployResourceCommandStep1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Deploys every .bpmn and .dmn of bpmn/. Zeebe ignores a resource it already has, so this runs at every start. */
@Component
class ProcessDeployer {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final ZeebeClient client;

    ProcessDeployer(ZeebeClient client) {
        this.client = client;
    }

    void deployAll() {
        Resource[] resources = find("classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn");
        if (resources.length == 0) {
            throw new IllegalStateException("no BPMN or DMN resources found under bpmn/");
        }
        DeployResourceCommandStep1.DeployResourceCommandStep2 command = null;
        for (Resource r : resources) {
            try {
                byte[] bytes = r.getContentAsByteArray();
                command = command == null
                        ? client.newDeployResourceCommand().addResourceBytes(bytes, r.getFilename())
                        : command.addResourceBytes(bytes, r.getFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var deployment = command.send().join();
        log.info("Deployed {} resources, {} processes", resources.length, deployment.getProcesses().size());
    }

    private static Resource[] find(String... patterns) {
        var resolver = new PathMatchingResourcePatternResolver();
        return Arrays.stream(patterns).flatMap(p -> {
            try {
                return Arrays.stream(resolver.getResources(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toArray(Resource[]::new);
    }
}
