package nl.aanwezig.workflow;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.CreateProcessInstanceCommandStep1.CreateProcessInstanceCommandStep3;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.CaseTask;
import nl.aanwezig.workflow.EngineConfig.EngineRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the engine hold what the database says. A case whose instance was never started is started
 * from the beginning; a case whose instance lived in an earlier run of the in-process engine is
 * recreated at its open human steps (start instructions), which also brings back their timers.
 */
@Component
class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final WorkflowInstances instances;
    private final CaseService caseService;
    private final ZeebeClient client;
    private final EngineRun run;
    private final TransactionTemplate tx;
    private final Clock clock;

    Reconciler(WorkflowInstances instances, CaseService caseService, ZeebeClient client, EngineRun run,
               PlatformTransactionManager txManager, Clock clock) {
        this.instances = instances;
        this.caseService = caseService;
        this.client = client;
        this.run = run;
        // its own transaction: it also runs after the commit of the transaction that opened the case
        this.tx = new TransactionTemplate(txManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Returns how many instances were started or rebuilt. */
    int reconcileAll() {
        int done = 0;
        for (Long routeId : instances.notLiveIn(run.id())) {
            if (reconcileQuietly(routeId)) {
                done++;
            }
        }
        return done;
    }

    /** Never throws: a failure is logged and the next sweep tries again. */
    boolean reconcileQuietly(long routeId) {
        try {
            return Boolean.TRUE.equals(tx.execute(status -> reconcile(routeId)));
        } catch (RuntimeException e) {
            log.warn("Could not start route {}; will retry: {}", routeId, e.getMessage());
            return false;
        }
    }

    private boolean reconcile(long routeId) {
        WorkflowInstance wi = instances.lockIfFree(routeId).orElse(null);
        if (wi == null || wi.liveIn(run.id())) {
            return false;
        }
        if (!wi.started()) {
            long key = create(wi, List.of());
            wi.startedAs(key, run.id(), clock.instant());
            return true;
        }
        if (!run.volatileState()) {
            // a remote broker keeps its instances: nothing to rebuild
            wi.settledIn(run.id(), clock.instant());
            return false;
        }
        List<String> steps = caseService.openTasksOfRoute(routeId).stream().map(CaseTask::elementId).distinct().toList();
        if (steps.isEmpty()) {
            wi.settledIn(run.id(), clock.instant());
            return false;
        }
        long key = create(wi, steps);
        wi.startedAs(key, run.id(), clock.instant());
        log.info("Rebuilt route {} ({}) of case {} at {}", routeId, wi.processId(), wi.caseId(), steps);
        return true;
    }

    private long create(WorkflowInstance wi, List<String> startBefore) {
        CreateProcessInstanceCommandStep3 cmd = client.newCreateInstanceCommand()
                .bpmnProcessId(wi.processId()).latestVersion()
                .variables(Variables.fromJson(wi.variables()));
        for (String element : startBefore) {
            cmd = cmd.startBeforeElement(element);
        }
        return cmd.requestTimeout(Duration.ofSeconds(10)).send().join().getProcessInstanceKey();
    }
}
