/**
 * The pupil's dossier: the case and its stage, opened, fed and closed by signals and routes. Its sub-features, each
 * depending only on those before it: timeline, tasks, conversation, tier3 and dossier (the read model).
 */
@ApplicationModule(displayName = "Casussen")
package nl.aanwezig.cases;

import org.springframework.modulith.ApplicationModule;
