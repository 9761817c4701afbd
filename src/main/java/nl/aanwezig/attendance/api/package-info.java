/** The REST API of the attendance module: imports by pupil administrations and scripts (HTTP Basic). */
package nl.aanwezig.attendance.api;
