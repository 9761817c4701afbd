/** HTTP API of the cases module: reads about a pupil that follow the dossier's access rules. */
package nl.aanwezig.cases.api;
