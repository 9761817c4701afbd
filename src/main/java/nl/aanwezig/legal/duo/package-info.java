/** The DUO verzuimmelding dossier: from the signal through the school's report to leerplicht's follow-up. */
package nl.aanwezig.legal.duo;
