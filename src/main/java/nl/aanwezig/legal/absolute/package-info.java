/**
 * Absoluut verzuim: leerplichtige children (5-17) enrolled at no school, whom no school can report. Leerplicht
 * registers them for the region and follows the enrolment on a short route (bpmn/absoluut-verzuim.bpmn); the records
 * are never deleted, so the region's thuiszitters registration can count them ({@link
 * nl.aanwezig.legal.absolute.AbsoluteAbsenceRegistry}).
 */
@NamedInterface("absolute")
package nl.aanwezig.legal.absolute;

import org.springframework.modulith.NamedInterface;
