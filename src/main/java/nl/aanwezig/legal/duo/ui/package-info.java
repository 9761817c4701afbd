/** Screens of the DUO reports: the OC's report form and leerplicht's Verzuimmeldingen. */
package nl.aanwezig.legal.duo.ui;
