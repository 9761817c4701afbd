package nl.aanwezig.workflow.engine;

/** A TCP gateway of the embedded engine for other nodes of the app: its loopback port and the token every call must carry. */
public record NodeGateway(int port, String token) {
    @Override
    public String toString() {
        // the token must not reach a log by way of the settings
        return "NodeGateway[port=" + port + ", token=***]";
    }
}
