/** Attendance screens: the import, the pyramid dashboard and the mentor's class overview. */
package nl.aanwezig.attendance.ui;
