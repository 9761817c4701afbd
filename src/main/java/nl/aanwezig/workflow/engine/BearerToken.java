package nl.aanwezig.workflow.engine;

import io.camunda.client.CredentialsProvider;

/**
 * The engine token of another node's embedded engine, on every call ({@link EngineGateway} checks it). A failed call
 * is not retried with it: the token does not change while the app runs, so UNAUTHENTICATED means a wrong one (the
 * Camunda client asks {@link #shouldRetryRequest} only for REST calls; the app talks gRPC, where it adds the header to
 * every call's metadata).
 */
public record BearerToken(String token) implements CredentialsProvider {

    @Override
    public void applyCredentials(CredentialsApplier applier) {
        applier.put("Authorization", "Bearer " + token);
    }

    @Override
    public boolean shouldRetryRequest(StatusCode status) {
        return false;
    }

    @Override
    public String toString() {
        return "BearerToken[***]";
    }
}
