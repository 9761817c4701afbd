/** The deviation API: draft a request, fill its checklist, record the Inspectie's decision. */
package nl.aanwezig.legal.deviation.api;
