/** Screens of exemptions: leerplicht's list, dossier and panel agenda; the jeugdarts's statements to write. */
package nl.aanwezig.legal.exemption.ui;
