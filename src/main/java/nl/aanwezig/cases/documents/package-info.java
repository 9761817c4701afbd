/**
 * Documents of a case to print or send (PDF): the plan for the OPP file or a parent without an account. Never the
 * medical part (medical notes, the M@ZL advice).
 */
package nl.aanwezig.cases.documents;
