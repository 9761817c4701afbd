package nl.aanwezig.workflow;

import nl.aanwezig.cases.TaskCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A completed task becomes a command to complete the engine's job, written in the transaction that saves the user's
 * form and sent once it commits: the form is never saved without the engine being told, nor the other way round.
 */
@Component
class TaskCompletionBridge {

    private final EngineOutbox outbox;

    TaskCompletionBridge(EngineOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(TaskCompleted completed) {
        outbox.completeJob(completed.routeId(), completed.jobKey(), completed.variables());
    }

    @EventListener
    void on(nl.aanwezig.legal.exemption.ExemptionTaskDone done) {
        outbox.completeJob(done.routeId(), done.jobKey(), done.variables());
    }
}
