/** Registrations, their import, figures, bands and the signals they raise; ui/ holds the dashboards. */
@ApplicationModule(displayName = "Aanwezigheid")
package nl.aanwezig.attendance;

import org.springframework.modulith.ApplicationModule;
