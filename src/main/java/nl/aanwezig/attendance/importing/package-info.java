/** Imports pupils and registrations from school exports: streaming, checked, all-or-nothing per file. */
package nl.aanwezig.attendance.importing;
