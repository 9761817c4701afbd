package nl.aanwezig.admin;

/**
 * A school as the admin enters it; text as typed, checked by {@link SchoolAdmin}.
 *
 * @param brin         BRIN code, e.g. 12AB (or with the location number, 12AB00)
 * @param sector       PO, VO or MBO
 * @param region       name of the region (SWV); created when unknown
 * @param municipality name of the municipality, optional; created when unknown
 */
public record SchoolForm(String brin, String name, String sector, String region, String municipality) {
}
