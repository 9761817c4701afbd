/** Screens of absoluut verzuim: the region's list with the registration form, and the follow-up from the inbox. */
package nl.aanwezig.legal.absolute.ui;
