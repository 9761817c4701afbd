/** Schools, classes, pupils and the school calendar. */
@ApplicationModule(displayName = "School")
package nl.aanwezig.school;

import org.springframework.modulith.ApplicationModule;
