/**
 * The only module that knows Camunda: the embedded engine and the client, the deployment of the models in
 * {@code bpmn/}, the outbox that tells the engine what the app saved, and one catalogue per process (its ids, job
 * types and forms, checked against the model). Other modules start, change and end their routes through
 * {@link nl.aanwezig.workflow.RouteLedger}, do their service steps as {@link nl.aanwezig.workflow.RouteStep}s and keep
 * their tasks in a {@link nl.aanwezig.workflow.TaskInbox}; which step comes next only the models decide.
 */
@ApplicationModule(displayName = "Route-engine")
package nl.aanwezig.workflow;

import org.springframework.modulith.ApplicationModule;
