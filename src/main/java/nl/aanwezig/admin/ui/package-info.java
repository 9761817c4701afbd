/** The administration's screens under beheer/ (ADMIN only). */
package nl.aanwezig.admin.ui;
