/** Login, roles, the access policy for pupil dossiers and the audit log of every dossier read and write. */
package nl.aanwezig.security;
