package nl.aanwezig.workflow;

/** A route the app started and did not cancel: its id in the ledger, its process and its key. */
public record OpenRoute(long id, String processId, String routeKey) {
}
