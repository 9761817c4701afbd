/**
 * Leerplicht's search: pupils of the schools they serve by name or pupil number, showing only what the role may see
 * (name, birth date, school, class) and links to what they may open (DUO reports, exemptions, shared cases).
 */
package nl.aanwezig.legal.search;
