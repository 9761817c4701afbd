package nl.aanwezig.cases.tier3;

/** A case has a new regievoerder (appointed or handed over): the route's later tasks go to them. */
public record RegievoerderChanged(long caseId, String regievoerder) {
}
