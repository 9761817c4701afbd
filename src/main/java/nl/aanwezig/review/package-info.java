/** Casusoverleg: the OC's case meetings, their suggested agenda, the minutes per case and decisions that become tasks. */
@ApplicationModule(displayName = "Casusoverleg")
package nl.aanwezig.review;

import org.springframework.modulith.ApplicationModule;
