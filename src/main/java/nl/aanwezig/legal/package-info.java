/** Legal dossiers: DUO verzuimmeldingen that leerplicht follows, and the school's concern criteria and exports. */
package nl.aanwezig.legal;
