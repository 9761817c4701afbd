package nl.aanwezig.legal.exemption;

/**
 * The parents' notice as leerplicht registers it: with the statement they brought, or with the jeugdarts asked to
 * write it ({@code statementWriter}, a username).
 */
public record Notice(long pupilId, java.time.LocalDate noticeDate, String givenBy, Statement statement,
                     String statementWriter) {
}
