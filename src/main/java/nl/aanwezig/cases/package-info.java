/** The pupil's dossier: the case, its stage, timeline, conversations and the human tasks of the route. */
@ApplicationModule(displayName = "Casussen")
package nl.aanwezig.cases;

import org.springframework.modulith.ApplicationModule;
