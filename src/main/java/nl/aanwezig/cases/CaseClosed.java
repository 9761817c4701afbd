package nl.aanwezig.cases;

/**
 * A case was closed; published inside the closing transaction, so its routes are told to end in that same commit.
 * {@code byRouteId} is the route whose step closed it (it ends by itself), or null when a person closed it.
 */
public record CaseClosed(long caseId, Long byRouteId) {
}
