/** Leerplicht's "Mijn week" and "Op weg naar de DUO-grens" screens. */
package nl.aanwezig.legal.agenda.ui;
