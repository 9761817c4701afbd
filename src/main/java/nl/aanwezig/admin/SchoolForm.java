package nl.aanwezig.admin;

/**
 * A school as the admin enters it; text as typed, checked by {@link SchoolAdmin}.
 *
 * @param brin         BRIN code, e.g. 12AB (or with the location number, 12AB00)
 * @param sector       PO, VO or MBO
 * @param region       name of the region (SWV); created when unknown
 * @param municipality name of the municipality, optional; created when unknown
 * @param familySeesStaffNames whether the family's access log names staff (else role and organisation only); null
 *                     leaves it as it is (no for a new school)
 */
public record SchoolForm(String brin, String name, String sector, String region, String municipality,
                         Boolean familySeesStaffNames) {

    /** Without the family setting (left as it is). */
    public SchoolForm(String brin, String name, String sector, String region, String municipality) {
        this(brin, name, sector, region, municipality, null);
    }
}
