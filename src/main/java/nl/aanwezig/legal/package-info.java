/** Legal dossiers: DUO absence reports, exemptions (Leerplichtwet art. 5 sub a) and onderwijstijd deviations. */
package nl.aanwezig.legal;
