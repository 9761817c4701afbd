/** Screens of the attendance module: importing files; dashboards follow. */
package nl.aanwezig.attendance.ui;
