package nl.aanwezig.cases.sharing;

/** A partner no longer shares in a case (the parents withdrew their consent): their routes of the case end. */
public record SharingStopped(long caseId, String username) {
}
