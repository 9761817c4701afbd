/**
 * Onderwijstijd deviations (category D, requested from the Inspectie via the ISD): the request with its checklist, the
 * decision, and the approved timetable handed to attendance so the pupil's figures count only the approved hours.
 */
@NamedInterface("deviation")
package nl.aanwezig.legal.deviation;

import org.springframework.modulith.NamedInterface;
