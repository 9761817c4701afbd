/** Leerplicht's search screen ("Zoeken") and the pupil picker of the exemption notice form. */
package nl.aanwezig.legal.search.ui;
