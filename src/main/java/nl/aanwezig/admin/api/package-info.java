/** The administration's JSON API under /api/v1/admin (ADMIN only, HTTP Basic). */
package nl.aanwezig.admin.api;
