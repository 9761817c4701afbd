/** Leerplicht's letter screens: the municipality's templates, and making a letter from a report. */
package nl.aanwezig.legal.letters.ui;
