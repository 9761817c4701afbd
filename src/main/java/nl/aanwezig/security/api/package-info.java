/** HTTP API of the security module: account administration for the admin. */
package nl.aanwezig.security.api;
