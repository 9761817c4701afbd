/** Tier 3: the SAT analysis, the support plan, the care arrangement, its evaluation and the regievoerder. */
@NamedInterface("tier3")
package nl.aanwezig.cases.tier3;

import org.springframework.modulith.NamedInterface;
