/** Registrations, their import, figures, bands and the signals they raise; ui/ holds the dashboards. */
package nl.aanwezig.attendance;
