/** The REST API of the DUO reports. */
package nl.aanwezig.legal.duo.api;
