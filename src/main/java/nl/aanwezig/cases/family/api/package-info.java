/**
 * HTTP API of the family pages ({@code /api/v1/family/...}): the same services and the same rules as the screens, for
 * a school's own app or portal. Only family accounts (OUDER, LEERLING); a child not linked to the caller answers as an
 * unknown one (404).
 */
package nl.aanwezig.cases.family.api;
