/** The pupil's dossier: the case, its stage, timeline, conversations and the human tasks of the route. */
package nl.aanwezig.cases;
