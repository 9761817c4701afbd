/** The OC's screens of onderwijstijd deviations: the school's requests, the request with its checklist, the evaluation task. */
package nl.aanwezig.legal.deviation.ui;
