/** Attendance dashboards: the pyramid and the mentor's class overview, with their charts. */
package nl.aanwezig.attendance.ui;
