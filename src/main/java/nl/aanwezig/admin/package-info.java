/** Administration for the admin: regions, municipalities, schools with their classes, calendar and team, and staff accounts. */
@ApplicationModule(displayName = "Administratie")
package nl.aanwezig.admin;

import org.springframework.modulith.ApplicationModule;
