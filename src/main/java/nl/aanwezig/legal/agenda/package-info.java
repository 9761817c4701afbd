/**
 * Leerplicht's week ("Mijn week"): planned actions of this week and overdue ones, DUO reports waiting to be picked up,
 * exemption tasks due; and the list of pupils heading for the DUO line before a report exists.
 */
package nl.aanwezig.legal.agenda;
