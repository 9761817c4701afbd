/**
 * The quarterly tier-3 chain review of a region (ketenoverleg): prepared by the engine each quarter, held by the SWV with
 * leerplicht, jeugdartsen and the OCs, pseudonymised for whoever is not a participant of a case, its actions and rode
 * draad turned into tasks; and the region's cumulative thuiszitters registration for the Inspectie.
 */
@ApplicationModule(displayName = "Ketenoverleg")
package nl.aanwezig.chainreview;

import org.springframework.modulith.ApplicationModule;
