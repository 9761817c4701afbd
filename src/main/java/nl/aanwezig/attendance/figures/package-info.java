/** Attendance figures, bands and pyramids over periods, read from aggregates kept in sync with the registrations. */
package nl.aanwezig.attendance.figures;
