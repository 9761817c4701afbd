/**
 * Exemptions (vrijstelling, Leerplichtwet art. 5 sub a): the parents' notice, the designated doctor's statement, the
 * outcome and its period, the panel's reviews twice a year and the renewal before 1 July; the medical grounds apart,
 * for jeugdartsen only.
 */
@NamedInterface("exemption")
package nl.aanwezig.legal.exemption;

import org.springframework.modulith.NamedInterface;
