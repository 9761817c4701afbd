/** Administration for the admin: regions, municipalities, schools with their classes, calendar and team, and staff accounts. */
package nl.aanwezig.admin;
