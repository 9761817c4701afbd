/**
 * Leerplicht's letters: templates the municipality edits (invitation, summons, Halt referral) with variables from the
 * dossier, and a letter made from one as PDF for a DUO report leerplicht follows, on the case's timeline.
 */
package nl.aanwezig.legal.letters;
