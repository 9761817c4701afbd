/** Legal dossiers: DUO verzuimmeldingen that leerplicht follows, and the school's concern criteria and exports. */
@ApplicationModule(displayName = "Wettelijke dossiers")
package nl.aanwezig.legal;

import org.springframework.modulith.ApplicationModule;
