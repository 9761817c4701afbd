/** The read model of the dossiers: one pupil's dossier and the lists of cases a user may see. */
@NamedInterface("dossier")
package nl.aanwezig.cases.dossier;

import org.springframework.modulith.NamedInterface;
