/** Shared kernel: time, messages, user-facing errors and the main layout. */
@ApplicationModule(displayName = "Basis")
package nl.aanwezig.base;

import org.springframework.modulith.ApplicationModule;
