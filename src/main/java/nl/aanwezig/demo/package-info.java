/** Demo data for the embedded default: two schools, their pupils, weeks of attendance and a login per role. */
@ApplicationModule(displayName = "Demo")
package nl.aanwezig.demo;

import org.springframework.modulith.ApplicationModule;
