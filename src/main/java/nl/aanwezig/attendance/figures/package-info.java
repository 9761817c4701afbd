/** Attendance figures, bands and pyramids over periods, read from aggregates kept in sync with the registrations. */
@NamedInterface("figures")
package nl.aanwezig.attendance.figures;

import org.springframework.modulith.NamedInterface;
