/** Login, roles, the access policy for pupil dossiers and the audit log of every dossier read and write. */
@ApplicationModule(displayName = "Beveiliging")
package nl.aanwezig.security;

import org.springframework.modulith.ApplicationModule;
